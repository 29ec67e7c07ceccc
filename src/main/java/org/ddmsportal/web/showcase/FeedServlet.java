package org.ddmsportal.web.showcase;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.ddmsportal.application.casestudy.CaseStudyShowcase;
import org.ddmsportal.application.shared.PortalAddress;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * {@code /showcase/feed.atom}: an Atom 1.0 feed (ROME) of the 50 case studies published last —
 * published ones only, whatever the request asks.
 */
@WebServlet(urlPatterns = "/showcase/feed.atom")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseStudyShowcase caseStudies;

    @Inject
    transient PortalAddress portal;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = portal.url();
        List<CaseStudy> published = caseStudies.published(PageRequest.firstPage(50)).rows();
        String atom = ShowcaseFeed.atom(base, published);
        resp.setContentType("application/atom+xml;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (Writer out = resp.getWriter()) {
            out.write(atom);
        }
    }
}
