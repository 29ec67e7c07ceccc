package org.ddmsportal.web.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.web.shared.Texts;

/**
 * Where an activity was held, as its page, the list and the showcase say it: the place, "Online",
 * or both for an activity held in a place and online.
 */
@Named
@ApplicationScoped
public class ActivityPlace {

    public String of(Activity activity) {
        String place = activity.getPlace() == null || activity.getPlace().isBlank() ? null : activity.getPlace();
        if (!activity.isOnline()) {
            return place;
        }
        String online = Texts.get("activity.online");
        return place == null ? online : place + " · " + online;
    }
}
