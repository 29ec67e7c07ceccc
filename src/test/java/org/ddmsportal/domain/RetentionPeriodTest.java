package org.ddmsportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.ddmsportal.domain.agreement.RetentionPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPeriodTest {

    @ParameterizedTest
    @CsvSource({"5 years,P5Y", "P5Y,P5Y", "P18M,P18M", "1 year,P1Y", "18 mois,P18M", "2 ans,P2Y",
            "3 года,P3Y", "5 лет,P5Y", "6 месяцев,P6M", "90 days,P90D", "2 weeks,P2W", "P1Y6M,P1Y6M"})
    void readsWhatPeopleWrite(String text, String iso) {
        assertEquals(Optional.of(iso), RetentionPeriod.isoDuration(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "until the end of the project", "P", "0 years", "5 parsecs", "PT5H", "5 years and 2 months"})
    void hasNoDurationOtherwise(String text) {
        assertEquals(Optional.empty(), RetentionPeriod.isoDuration(text));
    }
}
