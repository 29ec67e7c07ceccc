package org.ddmsportal.application.shared;

import java.util.Optional;
import org.ddmsportal.domain.shared.Actor;

/**
 * The user behind the current request, as the identity provider vouched for them. Implemented
 * by the security infrastructure; web and REST layers pass the actor into the use cases.
 */
public interface CurrentActor {

    /** The signed-in user, or empty for an anonymous visitor. */
    Optional<Actor> find();

    /** The signed-in user; throws {@link AccessDeniedException} for an anonymous visitor. */
    default Actor get() {
        return find().orElseThrow(AccessDeniedException::new);
    }
}
