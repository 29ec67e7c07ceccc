package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ddmsportal.application.reference.ReferenceService;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.GsbpmPhase;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.PolicyDomain;

/** Options for pickers, named in the user's language and sorted the way their language sorts. */
@Named("options")
@RequestScoped
public class ReferenceOptions {

    /** Languages a contact may work in: the UNECE region's official languages (ISO 639-1). */
    private static final List<String> CONTACT_LANGUAGES = List.of(
            "sq", "hy", "az", "be", "bs", "bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "ka", "de",
            "el", "he", "hu", "is", "ga", "it", "kk", "ky", "lv", "lt", "lb", "mk", "mt", "ro", "no", "pl",
            "pt", "ru", "sr", "sk", "sl", "es", "sv", "tg", "tr", "tk", "uk", "uz");

    @Inject
    ReferenceService reference;

    private List<Country> countries;
    private List<OrganisationType> types;
    private List<GsbpmPhase> phases;
    private List<PolicyDomain> domains;

    public List<Country> getCountries() {
        if (countries == null) {
            Locale locale = Texts.locale();
            Collator collator = Collator.getInstance(locale);
            countries = reference.allCountries().stream()
                    .sorted(Comparator.comparing((Country c) -> c.nameIn(locale), collator)).toList();
        }
        return countries;
    }

    public List<OrganisationType> getOrganisationTypes() {
        if (types == null) {
            types = reference.organisationTypes();
        }
        return types;
    }

    public List<GsbpmPhase> getGsbpmPhases() {
        if (phases == null) {
            phases = reference.gsbpmPhases();
        }
        return phases;
    }

    /** The GSBPM phase's name in the user's language ("Collect" for 4). */
    public String phaseName(int phase) {
        return getGsbpmPhases().stream().filter(g -> g.getCode().equals(Integer.toString(phase)))
                .map(g -> g.nameIn(Texts.locale())).findFirst().orElse("");
    }

    public List<PolicyDomain> getPolicyDomains() {
        if (domains == null) {
            domains = reference.policyDomains();
        }
        return domains;
    }

    /** A facet value's label: a country's, an organisation type's, a domain's or a phase's name by code. */
    public String countryName(String alpha2) {
        return getCountries().stream().filter(c -> c.getAlpha2().equals(alpha2)).map(c -> c.nameIn(Texts.locale()))
                .findFirst().orElse(alpha2);
    }

    public String typeName(String code) {
        return getOrganisationTypes().stream().filter(t -> t.getCode().equals(code)).map(t -> t.nameIn(Texts.locale()))
                .findFirst().orElse(code);
    }

    public String domainName(String code) {
        return getPolicyDomains().stream().filter(t -> t.getCode().equals(code)).map(t -> t.nameIn(Texts.locale()))
                .findFirst().orElse(code);
    }

    public String phaseLabel(String code) {
        return getGsbpmPhases().stream().filter(t -> t.getCode().equals(code))
                .map(t -> t.getCode() + " " + t.nameIn(Texts.locale())).findFirst().orElse(code);
    }

    public List<String> getContactLanguages() {
        Locale locale = Texts.locale();
        Collator collator = Collator.getInstance(locale);
        return CONTACT_LANGUAGES.stream()
                .sorted(Comparator.comparing((String c) -> languageName(c), collator)).toList();
    }

    public String languageName(String code) {
        return languageName(code, Texts.locale());
    }

    /** A language's name in the reader's language ("английский" for {@code en} on a Russian page). */
    public static String languageName(String code, Locale in) {
        return Locale.forLanguageTag(code).getDisplayLanguage(in);
    }
}
