package org.ddmsportal.domain.agreement;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What an agreement is; each kind has its document template in {@code templates/agreements/}. */
@RequiredArgsConstructor
public enum AgreementKind {
    MOU("mou"),
    DSA("dsa"),
    AMENDMENT("amendment");

    /** The template's name: {@code templates/agreements/<name>.html}. */
    @Getter @Accessors(fluent = true)
    private final String template;
}
