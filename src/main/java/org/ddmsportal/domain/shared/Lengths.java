package org.ddmsportal.domain.shared;

/**
 * One length per kind of text. Each drives both {@code @Column(length)} and {@code @Size(max)},
 * and PrimeFaces' TRANSFORM_METADATA carries it to the browser as {@code maxlength}, so the
 * database, the validation and the form can never disagree.
 */
public final class Lengths {
    public static final int NAME = 200;
    public static final int SHORT = 40;
    public static final int CODE = 20;
    public static final int EMAIL = 254;
    public static final int PHONE = 40;
    public static final int URL = 500;
    public static final int DESCRIPTION = 4000;
    public static final int USERNAME = 100;

    private Lengths() {
    }
}
