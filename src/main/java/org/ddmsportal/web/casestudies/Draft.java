package org.ddmsportal.web.casestudies;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** What the user is writing in one comment, reply or clearance box of the case-study page. */
@Getter @Setter
public final class Draft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
}
