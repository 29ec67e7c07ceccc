package org.ddmsportal.web.casestudies;

import java.io.Serializable;

/** What the user is writing in one comment, reply or clearance box of the case-study page. */
public final class Draft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
