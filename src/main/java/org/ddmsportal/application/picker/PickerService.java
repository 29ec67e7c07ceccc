package org.ddmsportal.application.picker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Pick;
import org.ddmsportal.domain.shared.PickerRepository;
import org.ddmsportal.domain.shared.PickerRepository.Kind;
import org.ddmsportal.domain.shared.PickerRepository.Scope;
import org.ddmsportal.domain.shared.Role;

/**
 * The one place the pickers' queries and scopes live: what a user typed in, a few records the
 * user may pick back. Each {@link Picker} keeps the rule of the option list it replaces (the
 * user's country for NSI users, everything for administrators, what the user may read for
 * case studies); {@link #labels} answers with the same scope, so a label is never shown, nor an
 * id accepted, for a record the picker would not have offered.
 */
@ApplicationScoped
public class PickerService {

    /** At most this many suggestions: a user who does not see hers types more. */
    public static final int LIMIT = 20;

    /** A country code that matches no record: "nothing" for a user without a country. */
    private static final String NONE = org.ddmsportal.domain.shared.Scope.NONE;

    private static final Set<String> LEAD_TYPES = Set.of(OrganisationType.NSI, OrganisationType.NSI_REGIONAL_OFFICE);

    @Inject
    PickerRepository repository;

    /**
     * What matches the text, prefix matches first, at most {@link #LIMIT}.
     *
     * @param within the form's country, when the record must be of it (a parent organisation,
     *               a case study's pilots); null otherwise — it narrows the picker's scope, never widens it
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pick> suggest(@NotNull Actor actor, @NotNull Picker picker, String text, String within, Locale locale) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Scope scope = scope(actor, picker, locale);
        if (within != null && !within.isBlank()) {
            String country = within.strip().toUpperCase(Locale.ROOT);
            if (scope.country() != null && !scope.country().equals(country)) {
                return List.of();
            }
            scope = new Scope(country, null, scope.organisationTypes(), scope.organisationCode(),
                    scope.visibleToCountry(), scope.dataSharingOnly(), scope.language(), scope.partyOrganisation());
        }
        return repository.find(kind(picker), text.length() > 200 ? text.substring(0, 200) : text, scope, LIMIT);
    }

    /** The records with these ids the picker would offer the user, with their labels. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pick> labels(@NotNull Actor actor, @NotNull Picker picker, Collection<Long> ids, Locale locale) {
        return repository.labels(kind(picker), ids, scope(actor, picker, locale));
    }

    static Kind kind(Picker picker) {
        return switch (picker) {
            case CITY, DECISION_CITY, LEAD, ORGANISATION, CONTACT_ORGANISATION -> Kind.ORGANISATION;
            case PARTNERSHIP -> Kind.PARTNERSHIP;
            case DATASET -> Kind.DATASET;
            case INDICATOR, ANY_INDICATOR -> Kind.INDICATOR;
            case PILOT, ANY_PILOT -> Kind.PILOT;
            case CASE_STUDY -> Kind.CASE_STUDY;
            case AGREEMENT -> Kind.AGREEMENT;
        };
    }

    /**
     * Each picker's scope: the rule of the option list it replaced; for a partner's contact, the
     * partnerships, pilots, datasets and indicators offered are also only those their policies let
     * the contact read ({@code Scope.partyOrganisation}).
     */
    static Scope scope(Actor actor, Picker picker, Locale locale) {
        Scope scope = listScope(actor, picker, locale);
        return switch (picker) {
            case PARTNERSHIP, DATASET, INDICATOR, PILOT, ANY_PILOT, ANY_INDICATOR ->
                    scope.withParty(org.ddmsportal.domain.shared.Scope.of(actor).partyOrganisation());
            default -> scope;
        };
    }

    private static Scope listScope(Actor actor, Picker picker, Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        String own = actor.isAdmin() ? null : (actor.countryCode() == null ? NONE : actor.countryCode());
        String prefer = actor.countryCode();
        return switch (picker) {
            case CITY -> new Scope(own, null, Set.of(OrganisationType.MUNICIPALITY), null, null, false, language);
            case DECISION_CITY -> decisionCities(actor, language);
            case LEAD -> new Scope(own, null, LEAD_TYPES, null, null, false, language);
            case ORGANISATION -> new Scope(null, prefer, Set.of(), null, null, false, language);
            case CONTACT_ORGANISATION -> new Scope(actor.isAdmin() ? null : actor.countryCode(), prefer, Set.of(),
                    null, null, false, language);
            case PARTNERSHIP, DATASET, INDICATOR, PILOT -> new Scope(own, null, Set.of(), null, null, false, language);
            case ANY_PILOT, ANY_INDICATOR -> new Scope(null, prefer, Set.of(), null, null, false, language);
            case CASE_STUDY -> new Scope(null, prefer, Set.of(), null,
                    CaseStudyPolicy.visibleCountry(org.ddmsportal.domain.shared.Scope.of(actor)), false, language);
            case AGREEMENT -> new Scope(own, null, Set.of(), null, null, true, language);
        };
    }

    /** DecisionPolicy.mayRecordFor: NSI users for their country's cities, a contact for their own city. */
    private static Scope decisionCities(Actor actor, String language) {
        Set<String> cities = Set.of(OrganisationType.MUNICIPALITY);
        if (actor.isAdmin()) {
            return new Scope(null, null, cities, null, null, false, language);
        }
        if (actor.isNsi() && actor.countryCode() != null) {
            return new Scope(actor.countryCode(), null, cities, null, null, false, language);
        }
        if (actor.has(Role.CONTACT) && actor.organisationCode() != null) {
            return new Scope(null, null, cities, actor.organisationCode(), null, false, language);
        }
        return new Scope(NONE, null, cities, null, null, false, language);
    }
}
