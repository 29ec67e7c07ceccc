package org.ddmsportal.application.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.LocalizedNameForm;
import org.ddmsportal.domain.shared.Lengths;

/** A new term of a controlled list: code and names in the three languages. */
@Getter @Setter
public class TermForm extends LocalizedNameForm {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.SHORT)
    @Pattern(regexp = "^[A-Za-z0-9_]*$", message = "{ddms.code.pattern}")
    private String code;
}
