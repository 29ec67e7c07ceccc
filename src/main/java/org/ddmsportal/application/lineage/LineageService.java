package org.ddmsportal.application.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.application.agreement.AgreementService;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.shared.Actor;

/**
 * Walks the lineage from any record: everything upstream of it (what it comes from) and
 * downstream (what used it). Walked from either end of a chain, the same chain comes back.
 * Agreements the user may not read appear as unlabelled nodes without a link; lapsed datasets,
 * indicators and pilots are marked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LineageService {

    @Inject
    LineageStore store;

    @Inject
    AgreementService agreements;

    @Inject
    DatasetRepository datasets;

    @Inject
    IndicatorRepository indicators;

    @Inject
    PilotRepository pilots;

    public Lineage walk(@NotNull Actor actor, @NotNull Lineage.Kind kind, long id) {
        Lineage.Ref start = new Lineage.Ref(kind, id);
        Map<Lineage.Ref, String> startLabel = store.labels(List.of(start));
        if (!startLabel.containsKey(start) || !readable(actor, start)) {
            throw new NotFoundException();
        }
        List<LineageStore.Link> links = store.links();
        Map<Lineage.Ref, List<Lineage.Ref>> down = new HashMap<>();
        Map<Lineage.Ref, List<Lineage.Ref>> up = new HashMap<>();
        for (LineageStore.Link l : links) {
            down.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
            up.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
        }
        Set<Lineage.Ref> upstream = reach(start, up);
        Set<Lineage.Ref> downstream = reach(start, down);
        Set<Lineage.Ref> all = new LinkedHashSet<>();
        all.add(start);
        all.addAll(upstream);
        all.addAll(downstream);
        Map<Lineage.Ref, String> labels = store.labels(all);
        Map<Lineage.Ref, Lineage.Node> nodes = new HashMap<>();
        LocalDate today = LocalDate.now();
        for (Lineage.Ref r : all) {
            boolean readable = readable(actor, r);
            nodes.put(r, new Lineage.Node(r.kind(), r.id(), readable ? labels.getOrDefault(r, "") : "", readable,
                    lapsed(r, today)));
        }
        List<Lineage.Edge> edges = new ArrayList<>();
        // every link between two nodes of the chain: the same nodes give the same picture
        for (LineageStore.Link l : links) {
            if (all.contains(l.from()) && all.contains(l.to())) {
                edges.add(new Lineage.Edge(nodes.get(l.from()), nodes.get(l.to())));
            }
        }
        List<Lineage.Node> ordered = new ArrayList<>(nodes.values());
        ordered.sort(Comparator.comparing(Lineage.Node::kind).thenComparing(Lineage.Node::label)
                .thenComparingLong(Lineage.Node::id));
        edges.sort(Comparator.comparing((Lineage.Edge e) -> e.from().key()).thenComparing(e -> e.to().key()));
        return new Lineage(nodes.get(start), ordered, edges);
    }

    private static Set<Lineage.Ref> reach(Lineage.Ref start, Map<Lineage.Ref, List<Lineage.Ref>> next) {
        Set<Lineage.Ref> seen = new HashSet<>();
        Deque<Lineage.Ref> todo = new ArrayDeque<>(next.getOrDefault(start, List.of()));
        while (!todo.isEmpty()) {
            Lineage.Ref r = todo.pop();
            if (!r.equals(start) && seen.add(r)) {
                todo.addAll(next.getOrDefault(r, List.of()));
            }
        }
        return seen;
    }

    private boolean readable(Actor actor, Lineage.Ref r) {
        if (r.kind() != Lineage.Kind.AGREEMENT) {
            return true;
        }
        return agreements.find(actor, r.id()).isPresent();
    }

    private boolean lapsed(Lineage.Ref r, LocalDate today) {
        return switch (r.kind()) {
            case DATASET -> datasets.find(r.id()).map(d -> d.isLapsed(today)).orElse(false);
            case INDICATOR -> indicators.find(r.id()).map(i -> i.isLapsed(today)).orElse(false);
            case PILOT -> pilots.find(r.id()).map(p -> p.isLapsed(today)).orElse(false);
            default -> false;
        };
    }
}
