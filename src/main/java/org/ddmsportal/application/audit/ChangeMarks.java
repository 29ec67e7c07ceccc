package org.ddmsportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.audit.AuditRepository.ChangeMark;

/**
 * The mark an answer kept in a {@link org.ddmsportal.application.shared.MarkedCache} is computed
 * under: the audit trail's {@link ChangeMark} (every committed change through the portal moves it)
 * and the day (the dashboards' rules count days: "expires within 30 days", "no activity for 90").
 * Read it before computing the answer.
 */
@ApplicationScoped
public class ChangeMarks {

    /** The data's state and the day. */
    public record Mark(ChangeMark changes, LocalDate day) {
    }

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    public Mark current() {
        return new Mark(audit.changeMark(), LocalDate.now(clock));
    }
}
