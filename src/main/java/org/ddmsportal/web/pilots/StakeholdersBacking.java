package org.ddmsportal.web.pilots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import org.ddmsportal.application.communication.StakeholderService;
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
    StakeholderService service;

    @Inject
    CurrentActor currentActor;

    @Getter private final StakeholderForm form = new StakeholderForm();
    private transient List<Stakeholder> rows;

    /** The map of the pilot the page has loaded (under its read rule; it is not read again). */
    public List<Stakeholder> rows(Pilot pilot) {
        if (rows == null) {
            rows = service.ofPilot(currentActor.get(), pilot);
        }
        return rows;
    }

    /** The stakeholders in one cell of the grid (interest × influence). */
    public List<Stakeholder> cell(Pilot pilot, String interest, String influence) {
        return rows(pilot).stream().filter(s -> s.getInterest().name().equals(interest)
                && s.getInfluence().name().equals(influence)).toList();
    }

    /** Whether the user may change the map of the pilot the page has loaded (it is not read again). */
    public boolean mayMap(Pilot pilot) {
        return service.mayMap(currentActor.get(), pilot);
    }

    public String add(long pilotId) {
        return Texts.attempt(() -> service.add(currentActor.get(), pilotId, form),
                "stakeholder.added", "/app/pilots/view?faces-redirect=true&tab=stakeholders&id=" + pilotId);
    }

    public String remove(long pilotId, long stakeholderId) {
        return Texts.attempt(() -> service.remove(currentActor.get(), stakeholderId),
                "stakeholder.removed", "/app/pilots/view?faces-redirect=true&tab=stakeholders&id=" + pilotId);
    }

    public Level[] getLevels() { return Level.values(); }

    /** Levels from high to low, for the grid's rows. */
    public List<String> getLevelsDown() { return List.of("HIGH", "MEDIUM", "LOW"); }

    public List<String> getLevelsUp() { return List.of("LOW", "MEDIUM", "HIGH"); }
}
