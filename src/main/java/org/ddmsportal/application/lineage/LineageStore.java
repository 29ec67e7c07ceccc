package org.ddmsportal.application.lineage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links between records, read around one record only: a walk up and down from it, the links
 * among the records it reached, and what each record shows — a number of queries bounded by the
 * chain's length (one a level of the walk), whatever the number of records in it or in the portal.
 */
public interface LineageStore {

    /**
     * The records upstream (what {@code start} comes from) and downstream (what used it), not
     * {@code start} itself, nearest first; at most {@code maxDepth} links away and at most
     * {@code limit} of them.
     */
    List<Lineage.Ref> reach(Lineage.Ref start, int maxDepth, int limit);

    /** Every upstream → downstream link whose both ends are among {@code refs}. */
    List<Link> links(Collection<Lineage.Ref> refs);

    /** What the records show and what their access rules need; records that do not exist are absent. */
    Map<Lineage.Ref, Facts> facts(Collection<Lineage.Ref> refs, LocalDate today);

    /** An upstream → downstream link. */
    record Link(Lineage.Ref from, Lineage.Ref to) {
    }

    /**
     * A record's label (title, reference or code), whether it is lapsed today (a dataset whose
     * agreement is not in force, an indicator or pilot using one), and, for an agreement, the
     * facts its read rule needs (country, parties' organisation codes, signatories' e-mails).
     */
    record Facts(String label, boolean lapsed, String countryCode, Set<String> partyOrganisations,
                 Set<String> signatories) {
    }
}
