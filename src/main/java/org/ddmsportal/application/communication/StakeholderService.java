package org.ddmsportal.application.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.communication.Stakeholder;
import org.ddmsportal.domain.communication.StakeholderPolicy;
import org.ddmsportal.domain.communication.StakeholderRepository;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.shared.Actor;

/** A pilot's stakeholder map (WP3), under {@link StakeholderPolicy}. */
@ApplicationScoped
@Transactional
public class StakeholderService {

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    PilotRepository pilots;

    @Inject
    AuditTrail audit;

    /** The map of a pilot the caller has loaded: the read rule is checked on it ("not found" otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Stakeholder> ofPilot(@NotNull Actor actor, @NotNull Pilot pilot) {
        if (!StakeholderPolicy.mayRead(actor, pilot)) {
            throw new NotFoundException();
        }
        return stakeholders.ofPilot(pilot.getId());
    }

    public boolean mayMap(@NotNull Actor actor, @NotNull Pilot pilot) {
        return StakeholderPolicy.mayMap(actor, pilot);
    }

    public long add(@NotNull Actor actor, long pilotId, @NotNull @Valid StakeholderForm form) {
        Pilot pilot = pilots.find(pilotId).orElseThrow(NotFoundException::new);
        if (!mayMap(actor, pilot)) {
            throw new AccessDeniedException();
        }
        Stakeholder s = new Stakeholder(pilot);
        s.describe(form.getName(), form.getInterest(), form.getInfluence(), form.getChannel(), form.getFrequency(),
                form.getKeyMessage());
        audit.created(actor, s, pilot.getTitle() + ": " + s.getName(), stakeholders::add);
        return s.getId();
    }

    public void remove(@NotNull Actor actor, long stakeholderId) {
        Stakeholder s = stakeholders.find(stakeholderId).orElseThrow(NotFoundException::new);
        if (!mayMap(actor, s.getPilot())) {
            throw new AccessDeniedException();
        }
        audit.deleted(actor, s, s.getPilot().getTitle() + ": " + s.getName());
        stakeholders.remove(s);
    }
}
