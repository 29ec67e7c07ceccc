package org.ddmsportal.web.shared;

import java.io.Serializable;
import java.util.function.Function;

/** A function kept by a view-scoped page, and so serialized with the view. */
public interface SerializableFunction<T, R> extends Function<T, R>, Serializable {
}
