package org.ddmsportal.agreement;

import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementReference;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.LocalizedName;

import java.time.LocalDate;
import java.util.List;

/** Agreements built in memory for the plain unit tests (no database). */
final class AgreementFixtures {

    static final Country SERBIA = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
    static final OrganisationType NSI = new OrganisationType("NSI", new LocalizedName("NSI", "INS", "НСИ"), 1);
    static final OrganisationType CITY = new OrganisationType("MUNICIPALITY",
            new LocalizedName("City", "Ville", "Город"), 2);
    static final Organisation SORS = new Organisation("RS-SORS", "Statistical Office of the Republic of Serbia", NSI, SERBIA);
    static final Organisation BELGRADE = new Organisation("RS-BEG", "Град Београд", CITY, SERBIA);
    static final Organisation EPS = new Organisation("RS-EPS", "Électricité de Serbie (EPS)", CITY, SERBIA);
    static final Contact LAWYER = new Contact("Јелена Петровић", "jelena@beograd.example", BELGRADE);
    static final Contact ENGINEER = new Contact("Marko Jovanović", "marko@eps.example", EPS);
    static final Contact DIRECTOR = new Contact("Ana Đorđević", "ana@stat.example", SORS);

    private AgreementFixtures() {
    }

    static Agreement bare() {
        Partnership p = new Partnership("Electricity prices", SORS, PartnershipType.DATA_SHARING, "ACTIVE");
        p.replacePartners(List.of(
                new Partnership.PartnerEntry(BELGRADE, org.ddmsportal.domain.partnership.PartnerRole.USER_OF_RESULTS, java.util.Set.of()),
                new Partnership.PartnerEntry(EPS, org.ddmsportal.domain.partnership.PartnerRole.DATA_PROVIDER, java.util.Set.of())));
        return new Agreement(AgreementReference.parse("RS-2026-0001"), AgreementKind.DSA, "Electricity consumption data", p, "DRAFT",
                "manager@stat.example");
    }

    static Agreement full() {
        Agreement a = bare();
        a.describe(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 90, LocalDate.of(2027, 6, 30));
        a.replaceParties(List.of(
                new Agreement.PartyEntry(SORS, DIRECTOR, PartyRole.APPROVER, 1),
                new Agreement.PartyEntry(BELGRADE, LAWYER, PartyRole.SIGNER, 1),
                new Agreement.PartyEntry(EPS, ENGINEER, PartyRole.SIGNER, 2)));
        a.replaceTerms(DataSharingTerms.builder()
                .items("Hourly electricity consumption per district")
                .purposes("Forecast household energy prices for the city's social tariff")
                .legalBasis("Law on Official Statistics, Art. 26; GDPR Art. 6(1)(e)")
                .legalBasisKind(org.ddmsportal.domain.agreement.LegalBasisKind.PUBLIC_INTEREST)
                .personalData(false, null)
                .confidentiality(Confidentiality.CONFIDENTIAL, "Aggregation to districts", 10)
                .uses("Official statistics and the city's energy policy", "Any commercial use; re-identification")
                .access(AccessMethod.SECURE_TRANSFER, "Monthly")
                .retention("5 years", "Delete the microdata at the end of the retention period and confirm in writing")
                .breaches("Notify the other parties within 72 hours")
                .proprietaryRights("The data remain EPS's; results belong to SORS")
                .publication(true, true)
                .costs("Each party bears its own costs")
                .term("Renewable by amendment")
                .build());
        return a;
    }
}
