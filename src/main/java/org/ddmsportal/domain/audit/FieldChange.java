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
 * @param field  the field name as in the record's audit snapshot
 * @param before the value before the change
 * @param after  the value after the change
 */
public record FieldChange(String field, String before, String after) {

    /** The fields that differ between two snapshots, in the order of the snapshot. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String b = before.get(field);
            String a = after.get(field);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(field, b, a));
            }
        }
        return changes;
    }
}
