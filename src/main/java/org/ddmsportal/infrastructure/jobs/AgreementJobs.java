package org.ddmsportal.infrastructure.jobs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.ddmsportal.application.agreement.AgreementReminders;

/**
 * Runs the agreements' daily duties every hour (activation, expiry, reminders). Hourly rather
 * than daily so that a portal down at the planned minute catches up within the hour; the
 * reminders are once-only, so the repetition sends nothing twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgreementJobs {

    private static final Logger LOG = Logger.getLogger(AgreementJobs.class.getName());

    @Inject
    AgreementReminders reminders;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        var outcome = reminders.run(LocalDate.now(clock));
        LOG.info(() -> "Agreement duties: " + outcome);
    }
}
