package org.ddmsportal.application.communication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.domain.communication.Level;
import org.ddmsportal.domain.shared.Lengths;

/** One row of a pilot's stakeholder map. */
@Getter @Setter
public class StakeholderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String name;

    @NotNull
    private Level interest;

    @NotNull
    private Level influence;

    @Size(max = Lengths.NAME)
    private String channel;

    @Size(max = 100)
    private String frequency;

    @Size(max = Lengths.DESCRIPTION)
    private String keyMessage;
}
