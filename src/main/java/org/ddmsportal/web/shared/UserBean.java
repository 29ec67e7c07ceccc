package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/** The signed-in user as the header and the pages show them. */
@Named("user")
@RequestScoped
public class UserBean {

    @Inject
    CurrentActor current;

    public boolean isSignedIn() {
        return current.find().isPresent();
    }

    public String getName() {
        return current.find().map(Actor::displayName).orElse(null);
    }

    /** The bundle key of the user's main role, e.g. {@code Role.NSI_MANAGER}. */
    public String getRoleKey() {
        return current.find().flatMap(Actor::primaryRole).map(r -> "Role." + r.name()).orElse("Role.NONE");
    }

    public String getCountry() {
        return current.find().map(Actor::countryCode).orElse(null);
    }

    public boolean isCoordinator() {
        return current.find().map(a -> a.has(Role.COORDINATOR)).orElse(false);
    }

    public boolean isAdmin() {
        return current.find().map(Actor::isAdmin).orElse(false);
    }
}
