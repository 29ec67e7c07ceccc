package org.ddmsportal.web.countries;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ddmsportal.application.report.CountryReports;
import org.ddmsportal.application.shared.BusyException;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.web.shared.FileAnswer;
import org.ddmsportal.application.shared.LanguageChoice;
import org.ddmsportal.web.shared.Texts;

/**
 * The management reports as downloads, in the reader's language ({@code language} parameter,
 * else the language switch's cookie, else the browser's): {@code /app/countries/report?country=RS&format=pdf|xlsx}
 * and {@code /app/countries/summary?format=pdf|xlsx}. Who may have which: {@code ReportPolicy},
 * checked by {@link CountryReports}; a refusal is a 403, an unknown country or format a 404. When
 * as many reports are being made as {@code app.report.concurrency} allows and no place comes free
 * within a short wait, the answer is 503 with {@code Retry-After} and a translated line.
 */
@WebServlet(urlPatterns = {"/app/countries/report", "/app/countries/summary"})
public class CountryReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CountryReports reports;

    @Inject
    transient CurrentActor currentActor;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CountryReports.Format format = format(req.getParameter("format"));
        if (format == null) {
            resp.sendError(404);
            return;
        }
        Locale locale = LanguageChoice.of(req);
        try {
            CountryReports.ReportFile file = req.getServletPath().endsWith("/summary")
                    ? reports.summaryFile(currentActor.get(), format, locale)
                    : reports.countryFile(currentActor.get(), req.getParameter("country"), format, locale);
            FileAnswer.send(resp, file.contentType(), false, file.fileName(), file.content());
        } catch (BusyException e) {
            busy(resp, e, locale);
        } catch (DdmsException e) {
            resp.sendError(e.httpStatus());
        }
    }

    /** Too many reports are being made: 503, when to come back, and a line in the reader's language. */
    private static void busy(HttpServletResponse resp, BusyException e, Locale locale) throws IOException {
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(ResourceBundle.getBundle(Texts.BUNDLE, locale).getString(e.messageKey()));
    }

    private static CountryReports.Format format(String value) {
        if (value == null) {
            return CountryReports.Format.PDF;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "pdf" -> CountryReports.Format.PDF;
            case "xlsx" -> CountryReports.Format.XLSX;
            default -> null;
        };
    }
}
