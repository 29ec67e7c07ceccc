package org.ddmsportal.web.casestudies;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ddmsportal.application.casestudy.CaseStudyAttachments;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.web.shared.FileAnswer;
import org.ddmsportal.web.shared.Ids;

/**
 * {@code /files/case-study/<id>}: an attachment of a case study — to anyone for a published
 * case study, otherwise to those who may read it. Sent with its checksum, as a download for
 * anything but images, never sniffed.
 */
@WebServlet(urlPatterns = "/files/case-study/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseStudyAttachments service;

    @Inject
    transient CurrentActor currentActor;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        Long id = path == null ? null : Ids.parse(path.substring(1));
        Optional<CaseStudyAttachments.AttachmentFile> file = id == null ? Optional.empty()
                : service.download(currentActor.find().orElse(null), id);
        if (file.isEmpty()) {
            resp.sendError(404);
            return;
        }
        var a = file.get().attachment();
        resp.setHeader("Content-Security-Policy", "default-src 'none'");
        resp.setHeader("X-Content-SHA256", a.getSha256());
        FileAnswer.send(resp, a.getContentType(), a.isImage(), a.getFileName(), file.get().content());
    }
}
