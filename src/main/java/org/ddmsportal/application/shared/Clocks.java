package org.ddmsportal.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The portal's clock. Entities never read the time themselves: a rule that depends on the date
 * ({@code isLapsed(today)}, {@code isOverdue(today)}, the phase gates) takes it as a parameter,
 * and services and views pass the date of this clock, so a test can fix it. Views read it as
 * {@code #{today}}. The system zone, as {@code LocalDate.now()} used before.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Today, for the pages: {@code rendered="#{d.isLapsed(today)}"}. Dependent, so never stale. */
    @Produces
    @Named("today")
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    /**
     * The clock's instant as the database keeps it: timestamps keep microseconds at most, so
     * truncating keeps what is shown equal to what was stored.
     */
    public static Instant stamp(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
