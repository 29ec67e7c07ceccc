package org.ddmsportal.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ddmsportal.application.agreement.AgreementVerification;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.application.shared.MessagePatterns;

/**
 * Reads the parts of every form upload before Faces does, so that a body the container can't
 * accept — larger than the limit in web.xml ({@link #MAX_REQUEST_BYTES}), or cut off and
 * malformed — is answered with 413 or 400 and a translated page ({@code /error/bad-request})
 * instead of an exception deep inside Faces and a 500. Nothing is stored in either case.
 * A visitor (not signed in) uploads only an agreement to verify: their limit is that file's
 * ({@link #VISITOR_MAX_REQUEST_BYTES}), refused before the body is read.
 */
@WebFilter(filterName = "uploadGuard", urlPatterns = "*.xhtml", servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class UploadGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The Faces servlet's max-request-size in web.xml. */
    static final long MAX_REQUEST_BYTES = 210_763_776L;

    /** A visitor's upload: the largest agreement verified, and 1 MiB for the form's other fields. */
    static final long VISITOR_MAX_REQUEST_BYTES = AgreementVerification.MAX_DOCUMENT_BYTES + 1024L * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            chain.doFilter(request, response);
            return;
        }
        boolean visitor = request.getUserPrincipal() == null;
        long limit = visitor ? VISITOR_MAX_REQUEST_BYTES : MAX_REQUEST_BYTES;
        long length = request.getContentLengthLong();
        // a browser announces its form's length; a visitor's body of unknown length is not read to find out
        if (length > limit || visitor && length < 0) {
            tooLarge(request, response, limit);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            tooLarge(request, response, MAX_REQUEST_BYTES);
            return;
        } catch (IOException | ServletException | RuntimeException malformed) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    bundle(request).getString("error.upload.malformed"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** 413: the upload is larger than {@code limit} bytes (said in MB, as the limit is set). */
    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        ResourceBundle bundle = bundle(request);
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                MessagePatterns.format(bundle.getString("error.upload.tooLarge"),
                        bundle.getLocale(), limit / (1024 * 1024)));
    }

    /** The reader's bundle, English when their language has none. */
    private static ResourceBundle bundle(HttpServletRequest request) {
        try {
            return ResourceBundle.getBundle(Texts.BUNDLE, request.getLocale());
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);
        }
    }

    /**
     * Answers the refusal with a small translated page of its own, written here: the body was not
     * read, and the Faces error page would read the request again.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String text)
            throws IOException {
        ResourceBundle bundle = bundle(request);
        String title = bundle.getString("error.request.title");
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + bundle.getLocale().getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + Html.escape(title)
                + "</title></head><body><main id=\"main\"><h1 id=\"errorTitle\">"
                + Html.escape(title) + "</h1><p id=\"errorText\">"
                + Html.escape(text) + "</p></main></body></html>");
        response.flushBuffer();
    }
}
