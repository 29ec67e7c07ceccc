package org.ddmsportal.application.shared;

import java.util.Map;

/**
 * The templates of {@code templates/} (Mustache): documents as XHTML, with every value escaped,
 * and mails as plain text. Names are paths below {@code templates/} without the extension, e.g.
 * {@code documents/agreement-dsa} or {@code mail/agreement-turn}.
 */
public interface Templates {

    /** Renders an XHTML document template ({@code templates/<name>.html}); values are escaped. */
    String html(String name, Map<String, ?> model);

    /** Renders a plain-text template ({@code templates/<name>.txt}); values are not escaped. */
    String text(String name, Map<String, ?> model);

    /** True if the template exists (either kind). */
    boolean exists(String name);
}
