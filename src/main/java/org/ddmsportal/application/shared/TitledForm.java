package org.ddmsportal.application.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.domain.shared.Lengths;

/**
 * What the form of every titled record starts with: the version the user started from (none for
 * a new record; another current version means somebody saved in between) and the required title.
 */
@Getter @Setter
public abstract class TitledForm implements Serializable, EditForm {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String title;
}
