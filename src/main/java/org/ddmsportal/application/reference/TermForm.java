package org.ddmsportal.application.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.ddmsportal.domain.shared.Lengths;

/** A new term of a controlled list: code and names in the three languages. */
public class TermForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.SHORT)
    @Pattern(regexp = "^[A-Za-z0-9_]*$", message = "{ddms.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String nameEn;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String nameFr;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String nameRu;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }
}
