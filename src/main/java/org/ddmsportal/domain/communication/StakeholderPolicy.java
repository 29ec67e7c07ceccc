package org.ddmsportal.domain.communication;

import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.domain.shared.Actor;

/**
 * Who reads and keeps a pilot's stakeholder map (WP3) — the one place of the rule: those who may
 * read the pilot read its map ({@link PilotPolicy#mayRead}); those who may edit the records of
 * the pilot's country keep it ({@link RegistryPolicy#mayEditOrganisationsOf}).
 */
public final class StakeholderPolicy {

    private StakeholderPolicy() {
    }

    public static boolean mayRead(Actor actor, Pilot pilot) {
        return PilotPolicy.mayRead(actor, pilot);
    }

    public static boolean mayMap(Actor actor, Pilot pilot) {
        return RegistryPolicy.mayEditOrganisationsOf(actor, pilot.getCountry());
    }
}
