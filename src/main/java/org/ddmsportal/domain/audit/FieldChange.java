package org.ddmsportal.domain.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field's change: from what to what ({@code null} for "empty").
 *
 * @param field    the field name as in the record's audit snapshot
 * @param before   the value before the change
 * @param after    the value after the change
 * @param withheld the values are not shown to this reader ({@link HistoryPolicy}): they name records
 *                 the reader may not all open; before and after then only say whether there was a
 *                 value ({@link #WITHHELD}) or none ({@code null}), so a creation reads "— → withheld"
 */
public record FieldChange(String field, String before, String after, boolean withheld) {

    public FieldChange(String field, String before, String after) {
        this(field, before, after, false);
    }

    /** What stands for a withheld value: never shown, the page says the value is not visible. */
    public static final String WITHHELD = "withheld";

    /** The change of the field with its values withheld from the reader, keeping which side was empty. */
    public static FieldChange withheld(String field, boolean before, boolean after) {
        return new FieldChange(field, before ? WITHHELD : null, after ? WITHHELD : null, true);
    }

    /**
     * The fields that differ between two snapshots, in the order of the snapshot. A blank value is
     * empty: an empty list joined to "" on a new record is no change from nothing.
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String b = emptyAsNull(before.get(field));
            String a = emptyAsNull(after.get(field));
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(field, b, a));
            }
        }
        return changes;
    }

    /** {@code null} for a blank value, else the value. */
    public static String emptyAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
