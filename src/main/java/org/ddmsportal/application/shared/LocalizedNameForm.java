package org.ddmsportal.application.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.LocalizedName;

/** The part of a form that names a record in the three languages, all required. */
@Getter @Setter
public abstract class LocalizedNameForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String nameEn;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String nameFr;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String nameRu;

    /** The name as entered. */
    public LocalizedName localizedName() {
        return new LocalizedName(nameEn, nameFr, nameRu);
    }

    /** Fills the three names from a record's. */
    protected void nameFrom(LocalizedName name) {
        nameEn = name.getEn();
        nameFr = name.getFr();
        nameRu = name.getRu();
    }
}
