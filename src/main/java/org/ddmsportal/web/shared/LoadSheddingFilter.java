package org.ddmsportal.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.application.shared.RuntimeSignals;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ddmsportal.application.shared.LanguageChoice;

/**
 * Bounds the work the portal does at once and refuses the rest quickly: a request waits at most
 * {@link LoadLimits#pageWait()} for one of {@link LoadLimits#pagePermits()} places (static
 * resources: their own allowance), else it is answered 503 with {@code Retry-After} and a short
 * translated page ({@code application/problem+json} under {@code /api}). While the live heap is
 * nearly exhausted ({@link LoadLimits#shedHeapAfterGc()}) new work is refused at once.
 *
 * <p>Decision (issue 12): at 16 connections a search for a common word exhausted the heap and
 * the portal then answered nothing for a minute. Two hundred container threads each building a
 * large page is the failure; a bounded number of them, with the rest told to come back, is a
 * slower portal that recovers by itself. The filter also records how each request ended and
 * any {@link OutOfMemoryError} (here and, through the default uncaught-exception handler, on any
 * thread) for the health probes ({@link RuntimeSignals}). Declared in web.xml, first of all
 * filters, so nothing runs before a place is taken.
 */
public class LoadSheddingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoadSheddingFilter.class.getName());

    @Inject
    transient RuntimeSignals signals;

    private transient LoadLimits limits;
    private transient Semaphore work;
    private transient Semaphore statics;
    private transient Thread.UncaughtExceptionHandler previous;
    private transient Thread.UncaughtExceptionHandler installed;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        var mp = ConfigProvider.getConfig();
        limits = LoadLimits.from(key -> mp.getOptionalValue(key, String.class).orElse(null));
        work = new Semaphore(limits.pagePermits(), true);
        statics = new Semaphore(limits.staticPermits(), true);
        RuntimeSignals recorder = signals;
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler chained = previous;
        installed = (thread, error) -> {
            if (isOutOfMemory(error)) {
                recorder.outOfMemory();
            }
            if (chained != null) {
                chained.uncaughtException(thread, error);
            } else {
                thread.getThreadGroup().uncaughtException(thread, error);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(installed);
        LOG.info(() -> "Load limits: " + limits);
    }

    @Override
    public void destroy() {
        if (Thread.getDefaultUncaughtExceptionHandler() == installed) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        super.destroy();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean isStatic = LoadLimits.kindOf(path) == LoadLimits.Kind.STATIC;
        Semaphore permits = isStatic ? statics : work;
        if (!isStatic && signals.heapAfterGc() >= limits.shedHeapAfterGc()) {
            refuse(request, response, path);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire((isStatic ? limits.staticWait() : limits.pageWait()).toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse(request, response, path);
            return;
        }
        try {
            chain.doFilter(request, response);
            if (!isStatic) {
                signals.served(response.getStatus());
            }
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (!isOutOfMemory(e)) {
                if (!isStatic) {
                    signals.served(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                }
                throw e;
            }
            // the heap ran out in this request: note it for the probes and tell the client to
            // come back, rather than let the error travel further (and allocate more) up the stack
            signals.outOfMemory();
            LOG.log(Level.SEVERE, "OutOfMemoryError in " + path);
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, path);
        } finally {
            permits.release();
        }
    }

    static boolean isOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        ResourceBundle bundle = bundle(request);
        String title = bundle.getString("error.page.503.title");
        String text = bundle.getString("error.page.503.text");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(limits.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        // answered before the security-headers filter runs: the same headers as any response that is
        // not a page with scripts (see infrastructure.security.SecurityHeadersFilter)
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(Jsons.object()
                    .add("status", 503).add("title", title).add("detail", text)
                    .add("retryAfterSeconds", limits.retryAfterSeconds()).build().toString());
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + bundle.getLocale().getLanguage() + "\"><head>"
                    + "<meta charset=\"UTF-8\"/><title>" + Html.escape(title) + "</title></head><body><main id=\"main\">"
                    + "<h1 id=\"errorTitle\">" + Html.escape(title) + "</h1><p id=\"errorText\">" + Html.escape(text)
                    + "</p><p><a href=\"" + Html.escape(request.getRequestURI()) + "\">"
                    + Html.escape(bundle.getString("error.page.retry")) + "</a></p>"
                    + "</main></body></html>");
        }
        response.flushBuffer();
    }

    private static ResourceBundle bundle(HttpServletRequest request) {
        String cookie = null;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LanguageChoice.COOKIE.equals(c.getName())) {
                    cookie = c.getValue();
                }
            }
        }
        String language = LanguageChoice.resolve(
                LanguageChoice.queryParameter(request.getQueryString(), LanguageChoice.PARAMETER), cookie,
                LanguageChoice.locales(request.getLocales()));
        return ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
