package org.ddmsportal.web.showcase;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ddmsportal.application.casestudy.CaseStudyDocuments;
import org.ddmsportal.web.shared.FileAnswer;

/**
 * Readable addresses of the public showcase: {@code /showcase/case-studies/<slug>} shows the
 * published case study (the Faces page {@code /showcase/case-study.xhtml}), and
 * {@code /showcase/case-studies/<slug>.pdf} is its printable PDF; {@code /showcase/guidelines/<slug>}
 * shows a published guideline. Anything else is 404.
 */
@WebServlet(urlPatterns = {"/showcase/case-studies/*", "/showcase/guidelines/*"})
public class ShowcaseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseStudyDocuments documents;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        String path = req.getPathInfo();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0 || path.length() > 200) {
            resp.sendError(404);
            return;
        }
        String slug = path.substring(1);
        if (req.getServletPath().endsWith("/guidelines")) {
            req.getRequestDispatcher("/showcase/guideline.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
                    .forward(req, resp);
            return;
        }
        if (slug.endsWith(".pdf")) {
            Optional<byte[]> pdf = documents.publishedPdf(slug.substring(0, slug.length() - 4), req.getParameter("lang"));
            if (pdf.isEmpty()) {
                resp.sendError(404);
                return;
            }
            FileAnswer.send(resp, "application/pdf", true, slug, pdf.get());
            return;
        }
        String query = "slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        String lang = req.getParameter("lang");
        if (lang != null && lang.matches("[a-z]{2}")) {
            query += "&lang=" + lang;
        }
        req.getRequestDispatcher("/showcase/case-study.xhtml?" + query).forward(req, resp);
    }
}
