package org.ddmsportal.application.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.Links;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorPolicy;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.domain.decision.DecisionPolicy;
import org.ddmsportal.domain.decision.DecisionRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * The decision register. Everyone signed in reads it, a partner's contact what {@link DecisionPolicy}
 * gives them; a city's own contacts (their organisation is the city) and the NSI users of its
 * country record and change its decisions.
 */
@ApplicationScoped
@Transactional
public class DecisionService extends EditingService<Decision, DecisionForm, DecisionCriteria> {

    @Inject
    DecisionRepository decisions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    IndicatorRepository indicators;

    @Inject
    PilotRepository pilots;

    public DecisionService() {
        super(Decision::getTitle, DecisionPolicy::mayRead, DecisionPolicy::mayEdit,
                Listing.scopedAlways(DecisionPolicy::listScope, DecisionCriteria::fromTable,
                        DecisionCriteria::withScope));
    }

    @Override
    protected DecisionRepository records() {
        return decisions;
    }

    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        if (Scope.managesSomeCountry(actor) || !DecisionPolicy.mayCreate(actor)) {
            return DecisionPolicy.mayCreate(actor);
        }
        return DecisionPolicy.mayCreate(actor, organisations.findByCode(actor.organisationCode()));
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid DecisionForm form) {
        Organisation city = city(actor, form.getCityId());
        Decision decision = new Decision(form.getTitle(), city, form.getDecidedOn(), form.getBody());
        apply(actor, decision, form);
        return add(actor, decision, decisions::add);
    }

    @Override
    protected void revise(Actor actor, Decision decision, DecisionForm form) {
        Organisation city = city(actor, form.getCityId());
        decision.record(form.getTitle(), city, form.getDecidedOn(), form.getBody());
        apply(actor, decision, form);
    }

    /**
     * The decision's summary and what informed it. An indicator or pilot newly linked must be one
     * the actor reads (a city's contact links only what their organisation takes part in); one
     * it already had stays, whoever saves. One the actor may not read is "unknown", as a wrong id;
     * one of another country is refused ({@link Links}).
     */
    private void apply(Actor actor, Decision decision, DecisionForm form) {
        decision.describe(form.getSummary(), form.getLink());
        List<Long> indicatorIds = List.copyOf(new LinkedHashSet<>(form.getIndicatorIds()));
        List<Indicator> informing = indicators.byIds(indicatorIds);
        if (informing.size() != indicatorIds.size() || informing.stream().anyMatch(i ->
                !decision.getIndicators().contains(i) && !IndicatorPolicy.mayRead(actor, i))) {
            throw new InvalidInputException("error.decision.unknownIndicator");
        }
        informing.forEach(i -> Links.sameCountry(decision.getIndicators().contains(i), i.getCountry(), decision.getCountry(),
                i.getCode()));
        LinkedHashSet<Pilot> ps = new LinkedHashSet<>();
        for (Long id : new LinkedHashSet<>(form.getPilotIds())) {
            Pilot p = pilots.find(id).filter(known -> decision.getPilots().contains(known) || PilotPolicy.mayRead(actor, known))
                    .orElseThrow(() -> new InvalidInputException("error.dataset.unknownPilot"));
            Links.sameCountry(decision.getPilots().contains(p), p.getCountry(), decision.getCountry(), p.getTitle());
            ps.add(p);
        }
        decision.informedBy(new LinkedHashSet<>(informing), ps);
    }

    /** The decision's city: a municipality the actor may record decisions for. */
    private Organisation city(Actor actor, Long id) {
        Organisation city = id == null ? null : organisations.find(id).orElse(null);
        if (city == null || !OrganisationType.MUNICIPALITY.equals(city.getType().getCode())) {
            throw new InvalidInputException("error.pilot.cityNotMunicipality");
        }
        if (!DecisionPolicy.mayRecordFor(actor, city)) {
            throw new AccessDeniedException();
        }
        return city;
    }
}
