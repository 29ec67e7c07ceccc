package org.ddmsportal.application.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.domain.decision.DecisionPolicy;
import org.ddmsportal.domain.decision.DecisionRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Role;
import org.ddmsportal.domain.shared.Scope;

/**
 * The decision register. Everyone signed in reads it, a partner's contact what {@link DecisionPolicy}
 * gives them; a city's own contacts (their organisation is the city) and the NSI users of its
 * country record and change its decisions.
 */
@ApplicationScoped
@Transactional
public class DecisionService extends EditingService<Decision, DecisionForm> {

    @Inject
    DecisionRepository decisions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    IndicatorRepository indicators;

    @Inject
    PilotRepository pilots;

    public DecisionService() {
        super(Decision::getTitle);
    }

    /** A list table's page: its column filters read by {@link DecisionCriteria#fromTable}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Decision> search(@NotNull Actor actor, @NotNull PageRequest request) {
        return search(actor, DecisionCriteria.fromTable(DecisionPolicy.listScope(actor), request.filters(),
                request.search()), request);
    }

    /** The decisions the criteria ask for, one page sorted as the request says (the REST API's lists). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Decision> search(@NotNull Actor actor, @NotNull DecisionCriteria criteria, @NotNull PageRequest page) {
        // the actor's scope replaces the criteria's (DecisionPolicy.listScope)
        return decisions.search(criteria.withScope(DecisionPolicy.listScope(actor)), page);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Decision> find(@NotNull Actor actor, long id) {
        return decisions.find(id).filter(d -> DecisionPolicy.mayRead(actor, d));
    }

    /** NSI users of the city's country, or a contact of the city itself. */
    public boolean mayRecordFor(@NotNull Actor actor, @NotNull Organisation city) {
        return RegistryPolicy.mayEditOrganisationsOf(actor, city.getCountry())
                || (actor.has(Role.CONTACT) && city.getCode() != null && city.getCode().equals(actor.organisationCode()));
    }

    @Override
    public boolean mayEdit(@NotNull Actor actor, @NotNull Decision decision) {
        return mayRecordFor(actor, decision.getCity());
    }

    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        return Scope.managesSomeCountry(actor)
                || (actor.has(Role.CONTACT) && actor.organisationCode() != null);
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid DecisionForm form) {
        Organisation city = city(form.getCityId());
        if (!mayRecordFor(actor, city)) {
            throw new AccessDeniedException();
        }
        Decision decision = new Decision(form.getTitle(), city, form.getDecidedOn(), form.getBody());
        apply(decision, form);
        return add(actor, decision, decisions::add);
    }

    @Override
    public void update(@NotNull Actor actor, long id, @NotNull @Valid DecisionForm form) {
        change(actor, id, form.getVersion(), decision -> {
            Organisation city = city(form.getCityId());
            if (!mayRecordFor(actor, city)) {
                throw new AccessDeniedException();
            }
            decision.record(form.getTitle(), city, form.getDecidedOn(), form.getBody());
            apply(decision, form);
        });
    }

    private void apply(Decision decision, DecisionForm form) {
        decision.describe(form.getSummary(), form.getLink());
        List<Long> indicatorIds = List.copyOf(new LinkedHashSet<>(form.getIndicatorIds()));
        List<Indicator> informing = indicators.byIds(indicatorIds);
        if (informing.size() != indicatorIds.size()) {
            throw new InvalidInputException("error.decision.unknownIndicator");
        }
        LinkedHashSet<Pilot> ps = new LinkedHashSet<>();
        for (Long id : new LinkedHashSet<>(form.getPilotIds())) {
            ps.add(pilots.find(id).orElseThrow(() -> new InvalidInputException("error.dataset.unknownPilot")));
        }
        decision.informedBy(new LinkedHashSet<>(informing), ps);
    }

    private Organisation city(Long id) {
        Organisation city = id == null ? null : organisations.find(id).orElse(null);
        if (city == null || !OrganisationType.MUNICIPALITY.equals(city.getType().getCode())) {
            throw new InvalidInputException("error.pilot.cityNotMunicipality");
        }
        return city;
    }
}
