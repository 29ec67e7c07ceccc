package org.ddmsportal.application.organisation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.EditForm;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.shared.Lengths;

/**
 * What a user enters to create or change an organisation. The form is also what the page keeps
 * when a save is refused, so nothing the user typed is lost. {@code version} is the version the
 * user started from: a different current version means somebody else saved in between.
 */
@Getter @Setter
public class OrganisationForm implements Serializable, EditForm {

    private static final long serialVersionUID = 1L;

    private Long version;

    @Size(max = Lengths.CODE)
    @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9_-]*$", message = "{ddms.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String name;

    @Size(max = Lengths.SHORT)
    private String acronym;

    @NotBlank
    private String typeCode;

    @NotBlank
    @Pattern(regexp = "^[A-Za-z]{2}$", message = "{ddms.country.pattern}")
    private String countryCode;

    private Long parentId;

    @Size(max = Lengths.CODE)
    @Pattern(regexp = "^$|^[A-Za-z0-9]+$", message = "{ddms.territorialCode.pattern}")
    private String territorialCode;

    @Size(max = Lengths.NAME)
    private String city;

    @DecimalMin("-90")
    @DecimalMax("90")
    private BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private BigDecimal longitude;

    @Size(max = Lengths.URL)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{ddms.url.pattern}")
    private String website;

    @Size(max = Lengths.DESCRIPTION)
    private String description;

    public OrganisationForm() {
    }

    /** A form filled from the record as it is now. */
    public static OrganisationForm of(Organisation o) {
        OrganisationForm f = new OrganisationForm();
        f.version = o.getVersion();
        f.code = o.getCode();
        f.name = o.getName();
        f.acronym = o.getAcronym();
        f.typeCode = o.getType().getCode();
        f.countryCode = o.getCountry().getAlpha2();
        f.parentId = o.getParent() == null ? null : o.getParent().getId();
        f.territorialCode = o.getTerritorialCode();
        f.city = o.getCity();
        if (o.getCoordinates() != null) {
            f.latitude = o.getCoordinates().getLatitude();
            f.longitude = o.getCoordinates().getLongitude();
        }
        f.website = o.getWebsite();
        f.description = o.getDescription();
        return f;
    }
}
