package org.ddmsportal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every Arquillian test: the real WAR that {@code mvn package} built, plus the
 * in-container test classes of this package. Nothing is assembled class by class.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("ddms.war", "target/ddms.war")));
        // the authorisation matrix is read by AuthorizationMatrixIT inside the container
        return war.addPackage(Deployments.class.getPackage()).addAsResource("authorization-matrix.md");
    }

    /** The real WAR alone, for tests that drive it from outside (browser, HTTP). */
    public static WebArchive portalOnly() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("ddms.war", "target/ddms.war")));
    }
}
