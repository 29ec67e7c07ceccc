package org.ddmsportal.application.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
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
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.decision.DecisionRepository;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Walks the lineage from any record: everything upstream of it (what it comes from) and
 * downstream (what used it). Walked from either end of a chain, the same chain comes back.
 * Records the user may not read appear as unlabelled nodes without a link: agreements by
 * {@link AgreementPolicy}, and for a partner's contact the partnerships, pilots, datasets,
 * indicators and decisions their organisation takes no part in (their policies, through the
 * repositories' {@code readable}: one query per kind, only for such a user); lapsed datasets,
 * indicators and pilots are marked.
 *
 * <p>The walk ({@link LineageStore#reach}) is scoped to the record: the cost is one query a
 * level of the chain (at most {@link #MAX_DEPTH}), three more, and for a partner's contact one
 * per kind, whatever the number of nodes and of links elsewhere. A chain has
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

    @Inject
    PartnershipRepository partnerships;

    @Inject
    PilotRepository pilots;

    @Inject
    DatasetRepository datasets;

    @Inject
    IndicatorRepository indicators;

    @Inject
    DecisionRepository decisions;

    @Inject
    Clock clock;

    public Lineage walk(@NotNull Actor actor, @NotNull Lineage.Kind kind, long id) {
        LocalDate today = LocalDate.now(clock);
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
        Set<Lineage.Ref> hidden = hiddenFromParty(Scope.of(actor), all);
        if (hidden.contains(start)) {
            throw new NotFoundException();
        }
        Map<Lineage.Ref, Lineage.Node> nodes = new HashMap<>();
        for (Lineage.Ref r : all) {
            LineageStore.Facts f = facts.get(r);
            boolean readable = readable(actor, r, f) && !hidden.contains(r);
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

    /**
     * The nodes a reader restricted to an organisation ({@link Scope#partyOrganisation()}) may not
     * read, of the kinds the agreements' facts do not decide; none for anyone else (no query).
     */
    private Set<Lineage.Ref> hiddenFromParty(Scope scope, Set<Lineage.Ref> all) {
        Set<Lineage.Ref> hidden = new java.util.HashSet<>();
        if (scope.partyOrganisation() == null) {
            return hidden;
        }
        Map<Lineage.Kind, List<Long>> byKind = new java.util.EnumMap<>(Lineage.Kind.class);
        all.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.id()));
        byKind.forEach((kind, ids) -> {
            Set<Long> readable = switch (kind) {
                case AGREEMENT -> Set.copyOf(ids);
                case PARTNERSHIP -> partnerships.readable(scope, ids);
                case PILOT -> pilots.readable(scope, ids);
                case DATASET -> datasets.readable(scope, ids);
                case INDICATOR -> indicators.readable(scope, ids);
                case DECISION -> decisions.readable(scope, ids);
            };
            ids.stream().filter(id -> !readable.contains(id)).forEach(id -> hidden.add(new Lineage.Ref(kind, id)));
        });
        return hidden;
    }

    /** Agreements are hidden from those who may not read them; see {@link AgreementPolicy}. */
    private static boolean readable(Actor actor, Lineage.Ref r, LineageStore.Facts f) {
        if (r.kind() != Lineage.Kind.AGREEMENT) {
            return true;
        }
        return f != null && AgreementPolicy.mayRead(actor, f.countryCode(), f.partyOrganisations(), f.signatories());
    }
}
