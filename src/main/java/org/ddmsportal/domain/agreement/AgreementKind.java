package org.ddmsportal.domain.agreement;

/** What an agreement is; each kind has its document template in {@code templates/agreements/}. */
public enum AgreementKind {
    MOU("mou"),
    DSA("dsa"),
    AMENDMENT("amendment");

    private final String template;

    AgreementKind(String template) {
        this.template = template;
    }

    /** The template's name: {@code templates/agreements/<name>.html}. */
    public String template() {
        return template;
    }
}
