package org.ddmsportal.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Lengths;

/**
 * An editable aggregate whose state follows a workflow: its {@code status} column, which only the
 * workflow engine changes (through {@link #enterStatus}) once the record is created.
 */
@MappedSuperclass
@Getter
public abstract class WorkflowEntity extends AbstractEntity implements Workflowable {

    @Column(name = "status", nullable = false, length = Lengths.SHORT)
    private String status;

    @Override
    public void enterStatus(String newStatus) {
        this.status = Objects.requireNonNull(newStatus, "status");
    }
}
