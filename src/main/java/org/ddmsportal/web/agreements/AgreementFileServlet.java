package org.ddmsportal.web.agreements;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.web.shared.FileAnswer;
import org.ddmsportal.web.shared.Ids;

/**
 * The agreement's files for signed-in users who may read it: {@code /app/agreements/pdf?id=…}
 * (the signed PDF, else the one sent for signature, else a draft rendering) and
 * {@code /app/agreements/preview?id=…} (the document as HTML, values escaped, no scripts).
 */
@WebServlet(urlPatterns = {"/app/agreements/pdf", "/app/agreements/preview"})
public class AgreementFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgreementQueries service;

    @Inject
    transient CurrentActor currentActor;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = Ids.parse(req.getParameter("id"));
        if (id == null) {
            resp.sendError(404);
            return;
        }
        try {
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (req.getServletPath().endsWith("/preview")) {
                byte[] html = service.preview(currentActor.get(), id).getBytes(StandardCharsets.UTF_8);
                resp.setContentType("text/html;charset=UTF-8");
                resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
                resp.getOutputStream().write(html);
                return;
            }
            AgreementQueries.AgreementPdf pdf = service.pdf(currentActor.get(), id);
            resp.setHeader("X-Content-SHA256", pdf.sha256());
            FileAnswer.send(resp, "application/pdf", false, pdf.fileName(), pdf.content());
        } catch (DdmsException e) {
            resp.sendError(e.httpStatus());
        }
    }
}
