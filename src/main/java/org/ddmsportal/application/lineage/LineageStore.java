package org.ddmsportal.application.lineage;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The links between records, read in bulk. */
public interface LineageStore {

    /** Every upstream → downstream link in the portal. */
    List<Link> links();

    /** Labels of the records (title, reference or code). */
    Map<Lineage.Ref, String> labels(Collection<Lineage.Ref> refs);

    /** An upstream → downstream link. */
    record Link(Lineage.Ref from, Lineage.Ref to) {
    }
}
