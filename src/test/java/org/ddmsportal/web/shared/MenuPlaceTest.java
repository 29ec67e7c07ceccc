package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MenuPlaceTest {

    @Test
    void theLinkToThisPageIsThePage() {
        assertEquals("page", MenuPlace.current("/app/partnerships/list.xhtml", "/app/partnerships/list"));
        assertEquals("page", MenuPlace.current("/app/search.xhtml", "/app/search"));
        assertEquals("page", MenuPlace.current("/index.xhtml", "/index"));
        assertEquals("page", MenuPlace.current("/app/admin/audit.xhtml", "/app/admin/audit"));
    }

    @Test
    void aRecordsPageBelongsToItsListsSection() {
        assertEquals("true", MenuPlace.current("/app/partnerships/view.xhtml", "/app/partnerships/list"));
        assertEquals("true", MenuPlace.current("/app/case-studies/edit.xhtml", "/app/case-studies/list"));
        assertEquals("true", MenuPlace.current("/showcase/case-study.xhtml", "/showcase/index"));
    }

    @Test
    void noOtherLinkIsCurrent() {
        assertNull(MenuPlace.current("/app/partnerships/view.xhtml", "/app/agreements/list"));
        assertNull(MenuPlace.current("/app/partnerships/view.xhtml", "/app/index"));
        assertNull(MenuPlace.current("/app/partnerships/view.xhtml", "/index"));
        assertNull(MenuPlace.current("/app/dashboards/nsi.xhtml", "/app/index"));
        assertNull(MenuPlace.current("/app/admin/domains.xhtml", "/app/admin/audit"));
        assertNull(MenuPlace.current("/app/pilots-archive/list.xhtml", "/app/pilots/list"));
        assertNull(MenuPlace.current(null, "/index"));
    }
}
