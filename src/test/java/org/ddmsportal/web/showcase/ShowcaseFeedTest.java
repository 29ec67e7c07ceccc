package org.ddmsportal.web.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The Atom feed names itself (RFC 4287 §4.2.7.2, rel="self") and the showcase (rel="alternate"). */
class ShowcaseFeedTest {

    @Test
    void theFeedHasASelfLinkToItsOwnAddress() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                ShowcaseFeed.atom("https://ddms.example.org", List.of()))));
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        NodeList links = atom.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        String self = null;
        String alternate = null;
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() != atom.getDocumentElement()) {
                continue;
            }
            if ("self".equals(link.getAttribute("rel"))) {
                self = link.getAttribute("href");
                assertEquals("application/atom+xml", link.getAttribute("type"));
            } else if ("alternate".equals(link.getAttribute("rel"))) {
                alternate = link.getAttribute("href");
            }
        }
        assertEquals("https://ddms.example.org/showcase/feed.atom", self);
        assertEquals("https://ddms.example.org/showcase/", alternate);
    }
}
