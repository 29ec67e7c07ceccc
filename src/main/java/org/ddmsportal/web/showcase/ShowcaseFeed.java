package org.ddmsportal.web.showcase;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.ddmsportal.application.search.Highlighter;
import org.ddmsportal.domain.casestudy.CaseStudy;

/**
 * The showcase's Atom 1.0 feed of published case studies. It names its own address with
 * {@code link rel="self"} (RFC 4287 §4.2.7.2: a feed SHOULD; the W3C feed validator warns
 * without it) and the showcase page with {@code rel="alternate"}.
 */
public final class ShowcaseFeed {

    public static final String PATH = "/showcase/feed.atom";

    private ShowcaseFeed() {
    }

    /** The feed as Atom XML; {@code base} is the portal's public address (no trailing slash). */
    public static String atom(String base, List<CaseStudy> published) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("DDMS Portal — case studies");
        feed.setDescription("Case studies of data-driven decision-making at the local level, as they are published.");
        feed.setLinks(List.of(link("alternate", base + "/showcase/", "text/html"),
                link("self", base + PATH, "application/atom+xml")));
        feed.setUri(base + PATH);
        feed.setLanguage("en");
        feed.setPublishedDate(published.isEmpty() ? new Date(0) : Date.from(published.get(0).getPublishedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (CaseStudy c : published) {
            SyndEntry e = new SyndEntryImpl();
            String link = base + "/showcase/case-studies/" + c.getSlug();
            e.setTitle(c.getTitle());
            e.setLink(link);
            e.setUri(link);
            e.setAuthor(c.getCountry().nameIn(Locale.ENGLISH));
            e.setPublishedDate(Date.from(c.getPublishedAt()));
            e.setUpdatedDate(Date.from(c.getPublishedAt()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(c.getContent().getSummary() == null ? c.getTitle() : Highlighter.plain(c.getContent().getSummary()));
            e.setDescription(summary);
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
