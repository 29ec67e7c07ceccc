package org.ddmsportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.ddmsportal.application.shared.MarkedCache;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.audit.AuditRepository.ChangeMark;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mark an answer kept in a {@link org.ddmsportal.application.shared.MarkedCache} is computed
 * under: the audit trail's {@link ChangeMark} (every committed change through the portal moves it)
 * and the day (the dashboards' rules count days: "expires within 30 days", "no activity for 90").
 * Read it before computing the answer. {@link #newCache} makes such a cache with the portal's
 * setting for changes made outside it ({@code app.dashboard.cache-seconds}, default 300).
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

    @Inject
    @ConfigProperty(name = "app.dashboard.cache-seconds", defaultValue = "300")
    long keepSeconds;

    public Mark current() {
        return new Mark(audit.changeMark(), LocalDate.now(clock));
    }

    /**
     * A cache of answers kept under {@link #current()}'s mark: at most {@code maxEntries}, none
     * given when older than {@code app.dashboard.cache-seconds} (changes made outside the portal).
     */
    public <K, V> MarkedCache<K, V> newCache(int maxEntries) {
        return new MarkedCache<>(Duration.ofSeconds(keepSeconds), maxEntries, clock);
    }
}
