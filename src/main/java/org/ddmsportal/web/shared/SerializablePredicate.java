package org.ddmsportal.web.shared;

import java.io.Serializable;
import java.util.function.Predicate;

/** A predicate kept by a view-scoped page, and so serialized with the view. */
public interface SerializablePredicate<T> extends Predicate<T>, Serializable {
}
