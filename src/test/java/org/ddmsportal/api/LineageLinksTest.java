package org.ddmsportal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ddmsportal.application.lineage.Lineage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of lineage node links to its record's view page, without extension as every address
 * the portal gives out (the lineage page's boxes and the API's {@code href}), and that page exists.
 */
class LineageLinksTest {

    @ParameterizedTest
    @EnumSource(Lineage.Kind.class)
    void eachKindLinksToAViewPageThatExists(Lineage.Kind kind) {
        String href = LineageLinks.href(new Lineage.Node(kind, 42, "x", true, false));
        assertTrue(href.matches("/app/[a-z-]+/view\\?id=42"), href);
        String folder = href.substring("/app/".length(), href.indexOf("/view"));
        assertTrue(Files.isRegularFile(Path.of("src/main/webapp/app", folder, "view.xhtml")), href + ": no such page");
        assertEquals(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                folder.substring(0, folder.length() - 1), "the folder is the kind's plural");
    }
}
