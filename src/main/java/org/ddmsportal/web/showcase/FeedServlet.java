package org.ddmsportal.web.showcase;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.ddmsportal.application.casestudy.CaseStudyService;
import org.ddmsportal.application.search.Highlighter;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.PortalUrl;

/**
 * {@code /showcase/feed.atom}: an Atom 1.0 feed (ROME) of the 50 case studies published last —
 * published ones only, whatever the request asks.
 */
@WebServlet(urlPatterns = "/showcase/feed.atom")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseStudyService caseStudies;

    @Inject
    transient PortalUrl portalUrl;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = portalUrl.get();
        List<CaseStudy> published = caseStudies.published(PageRequest.firstPage(50)).rows();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("DDMS Portal — case studies");
        feed.setDescription("Case studies of data-driven decision-making at the local level, as they are published.");
        feed.setLink(base + "/showcase/");
        feed.setUri(base + "/showcase/feed.atom");
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
        resp.setContentType("application/atom+xml;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (Writer out = resp.getWriter()) {
            new SyndFeedOutput().output(feed, out);
        } catch (FeedException e) {
            throw new IOException("feed could not be written", e);
        }
    }
}
