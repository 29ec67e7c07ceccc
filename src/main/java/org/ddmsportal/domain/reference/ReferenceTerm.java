package org.ddmsportal.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lombok.Getter;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.LocalizedName;

/** A term of a controlled list: a stable code and its name in the three languages. */
@MappedSuperclass
@Getter
public abstract class ReferenceTerm extends AbstractEntity implements Auditable {

    @Column(name = "code", nullable = false, unique = true, updatable = false, length = Lengths.SHORT)
    private String code;

    @Embedded
    private LocalizedName name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ReferenceTerm() {
        // for JPA
    }

    protected ReferenceTerm(String code, LocalizedName name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    /** Renames the term; the code never changes. */
    public void rename(LocalizedName newName) {
        this.name = newName;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", code);
        name.putInto(snapshot);
        return snapshot;
    }
}
