package org.ddmsportal.data;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementReference;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.DataFormat;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Granularity;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.LocalizedName;

/** Datasets, agreements and organisations built in memory for the unit tests (no database). */
final class DataFixtures {

    static final Country SERBIA = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);
    static final OrganisationType NSI = new OrganisationType("NSI", new LocalizedName("NSI", "INS", "НСИ"), 1);
    static final OrganisationType CITY = new OrganisationType("MUNICIPALITY", new LocalizedName("City", "Ville", "Город"), 2);
    static final OrganisationType UTILITY = new OrganisationType("UTILITY", new LocalizedName("Utility", "Service", "Компания"), 3);
    static final Organisation SORS = withId(new Organisation("RS-SORS", "Statistical Office of the Republic of Serbia", NSI, SERBIA), 1);
    static final Organisation BELGRADE = withId(new Organisation("RS-BEG", "Град Београд", CITY, SERBIA), 2);
    static final Organisation EPS = withId(new Organisation("RS-EPS", "Elektroprivreda Srbije", UTILITY, SERBIA), 3);

    private DataFixtures() {
    }

    static Agreement agreement(String status, LocalDate expiry) {
        Partnership p = new Partnership("Electricity prices", SORS, PartnershipType.DATA_SHARING, "ACTIVE");
        Agreement a = new Agreement(AgreementReference.parse("RS-2026-0001"), AgreementKind.DSA, "Electricity data", p, status, "m@stat.example");
        a.describe(LocalDate.of(2026, 1, 1), expiry, 30, null);
        return withId(a, 7);
    }

    static Dataset dataset(long id, String title, Organisation provider, Confidentiality confidentiality) {
        Dataset d = new Dataset(title, provider, SourceKind.ADMINISTRATIVE);
        d.cover(Granularity.DISTRICT, "Belgrade", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), Periodicity.MONTHLY);
        d.classify(confidentiality, false);
        d.distribute(DataFormat.CSV, "https://data.example.org/" + id + ".csv", "Consumption of \"households\" <by district> & month");
        return withId(d, id);
    }

    static <T extends AbstractEntity> T withId(T entity, long id) {
        try {
            Field f = GeneratedIdEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
