package org.ddmsportal.web.shared;

import java.io.Serializable;
import java.util.function.Supplier;

/** A supplier kept by a view-scoped page, and so serialized with the view. */
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
}
