package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** /app/partnerships?… is the partnership list; other addresses pass. */
class ListFoldersTest {

    @Test
    void aListFolderOnItsOwnIsItsList() {
        assertEquals("partnerships", ListFolders.folder("/app/partnerships"));
        assertEquals("case-studies", ListFolders.folder("/app/case-studies/"));
        assertNull(ListFolders.folder("/app/partnerships/list"));
        assertNull(ListFolders.folder("/app/partnerships/view"));
        assertNull(ListFolders.folder("/app/index"));
        assertNull(ListFolders.folder("/app/admin"));
        assertNull(ListFolders.folder("/showcase/partnerships"));
    }
}
