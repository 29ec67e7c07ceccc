package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.report.ReportPolicy;

/**
 * The links to the management reports on the workspace and the countries' list, offered as
 * {@link ReportPolicy} decides (the download checks it again: a link is a courtesy).
 */
@Named
@RequestScoped
public class ReportLinks {

    @Inject
    CurrentActor currentActor;

    public boolean mayReadCountry(String alpha2) {
        return ReportPolicy.mayReadCountry(currentActor.get(), alpha2);
    }

    public boolean isMayReadSummary() {
        return ReportPolicy.mayReadSummary(currentActor.get());
    }

    /** The manager's own country, whose report the workspace offers; null for others. */
    public String getOwnCountry() {
        return ReportPolicy.ownCountry(currentActor.get());
    }
}
