package org.ddmsportal.application.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.shared.Actor;

/**
 * Walks the lineage from any record: everything upstream of it (what it comes from) and
 * downstream (what used it). Walked from either end of a chain, the same chain comes back.
 * Agreements the user may not read appear as unlabelled nodes without a link; lapsed datasets,
 * indicators and pilots are marked.
 *
 * <p>The walk is the database's ({@link LineageStore#reach}), scoped to the record: the cost is
 * a fixed number of queries, whatever the number of nodes and of links elsewhere. A chain has
 * at most five links from end to end, so {@link #MAX_DEPTH} never cuts one; {@link #MAX_NODES}
 * keeps a record linked to thousands of others from becoming an unbounded answer — the nearest
 * are kept and the lineage says it was cut.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LineageService {

    public static final int MAX_DEPTH = Lineage.Kind.values().length;
    public static final int MAX_NODES = 500;

    @Inject
    LineageStore store;

    public Lineage walk(@NotNull Actor actor, @NotNull Lineage.Kind kind, long id) {
        LocalDate today = LocalDate.now();
        Lineage.Ref start = new Lineage.Ref(kind, id);
        Map<Lineage.Ref, LineageStore.Facts> facts = new HashMap<>(store.facts(List.of(start), today));
        if (!facts.containsKey(start) || !readable(actor, start, facts.get(start))) {
            throw new NotFoundException();
        }
        List<Lineage.Ref> reached = store.reach(start, MAX_DEPTH, MAX_NODES + 1);
        boolean truncated = reached.size() > MAX_NODES;
        Set<Lineage.Ref> all = new LinkedHashSet<>();
        all.add(start);
        all.addAll(truncated ? reached.subList(0, MAX_NODES) : reached);
        if (all.size() > 1) {
            facts.putAll(store.facts(all.stream().filter(r -> !r.equals(start)).toList(), today));
        }
        Map<Lineage.Ref, Lineage.Node> nodes = new HashMap<>();
        for (Lineage.Ref r : all) {
            LineageStore.Facts f = facts.get(r);
            boolean readable = readable(actor, r, f);
            nodes.put(r, new Lineage.Node(r.kind(), r.id(), readable && f != null ? f.label() : "", readable,
                    f != null && f.lapsed()));
        }
        List<Lineage.Edge> edges = new ArrayList<>();
        // every link between two nodes of the chain: the same nodes give the same picture
        for (LineageStore.Link l : all.size() > 1 ? store.links(all) : List.<LineageStore.Link>of()) {
            if (nodes.containsKey(l.from()) && nodes.containsKey(l.to())) {
                edges.add(new Lineage.Edge(nodes.get(l.from()), nodes.get(l.to())));
            }
        }
        List<Lineage.Node> ordered = new ArrayList<>(nodes.values());
        ordered.sort(Comparator.comparing(Lineage.Node::kind).thenComparing(Lineage.Node::label)
                .thenComparingLong(Lineage.Node::id));
        edges.sort(Comparator.comparing((Lineage.Edge e) -> e.from().key()).thenComparing(e -> e.to().key()));
        return new Lineage(nodes.get(start), ordered, edges, truncated);
    }

    /** Only agreements are hidden from those who may not read them; see {@link AgreementPolicy}. */
    private static boolean readable(Actor actor, Lineage.Ref r, LineageStore.Facts f) {
        if (r.kind() != Lineage.Kind.AGREEMENT) {
            return true;
        }
        return f != null && AgreementPolicy.mayRead(actor, f.countryCode(), f.partyOrganisations(), f.signatories());
    }
}
