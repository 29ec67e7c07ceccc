package org.ddmsportal.web.pilots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.application.communication.StakeholderForm;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.communication.Level;
import org.ddmsportal.domain.communication.Stakeholder;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.web.shared.Texts;

/** The stakeholder map tab of a pilot's page: the rows, the interest/influence grid, a form to add one. */
@Named
@ViewScoped
public class StakeholdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    @Inject
    CurrentActor currentActor;

    @Getter private final StakeholderForm form = new StakeholderForm();
    private transient List<Stakeholder> rows;

    public List<Stakeholder> rows(long pilotId) {
        if (rows == null) {
            rows = service.stakeholders(currentActor.get(), pilotId);
        }
        return rows;
    }

    /** The stakeholders in one cell of the grid (interest × influence). */
    public List<Stakeholder> cell(long pilotId, String interest, String influence) {
        return rows(pilotId).stream().filter(s -> s.getInterest().name().equals(interest)
                && s.getInfluence().name().equals(influence)).toList();
    }

    /** Whether the user may change the map of the pilot the page has loaded (it is not read again). */
    public boolean mayMap(Pilot pilot) {
        return service.mayMapStakeholders(currentActor.get(), pilot);
    }

    public String add(long pilotId) {
        return Texts.attempt(() -> service.addStakeholder(currentActor.get(), pilotId, form),
                "stakeholder.added", "/app/pilots/view?faces-redirect=true&id=" + pilotId);
    }

    public String remove(long pilotId, long stakeholderId) {
        return Texts.attempt(() -> service.removeStakeholder(currentActor.get(), stakeholderId),
                "stakeholder.removed", "/app/pilots/view?faces-redirect=true&id=" + pilotId);
    }

    public Level[] getLevels() { return Level.values(); }

    /** Levels from high to low, for the grid's rows. */
    public List<String> getLevelsDown() { return List.of("HIGH", "MEDIUM", "LOW"); }

    public List<String> getLevelsUp() { return List.of("LOW", "MEDIUM", "HIGH"); }
}
