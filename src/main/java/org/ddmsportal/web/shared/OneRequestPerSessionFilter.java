package org.ddmsportal.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serves the pages of one session one request at a time.
 *
 * <p>Decision: a user with several tabs, a double click or a browser's prefetch sends requests of
 * one session in parallel, and they meet in the same view- and session-scoped beans (the lazy
 * tables' last page, a view bean's cached lists), which are written for one request at a time;
 * in parallel they failed with NullPointerException and ArrayIndexOutOfBoundsException. Rather
 * than make every view bean thread-safe, page requests of a session queue behind a fair lock,
 * the way servers that "synchronise on session" do. Other users are not affected, nor are
 * static resources, the API and downloads (not mapped here). A request that waits longer than
 * {@link #WAIT_SECONDS} gets 503 with Retry-After instead of piling up.
 */
@WebFilter(filterName = "oneRequestPerSession", urlPatterns = "*.xhtml", servletNames = "Faces Servlet", asyncSupported = false,
        dispatcherTypes = DispatcherType.REQUEST)
public class OneRequestPerSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int WAIT_SECONDS = 30;
    private static final String LOCK = OneRequestPerSessionFilter.class.getName() + ".lock";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        ReentrantLock lock = lockOf(session);
        boolean locked;
        try {
            locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lock.unlock();
        }
    }

    private static ReentrantLock lockOf(HttpSession session) {
        Object lock = session.getAttribute(LOCK);
        if (lock == null) {
            synchronized (OneRequestPerSessionFilter.class) {
                lock = session.getAttribute(LOCK);
                if (lock == null) {
                    lock = new SessionLock();
                    session.setAttribute(LOCK, lock);
                }
            }
        }
        return (ReentrantLock) lock;
    }

    /** Serializable so a session can be stored; a restored session simply gets a new, free lock. */
    static final class SessionLock extends ReentrantLock implements Serializable {
        private static final long serialVersionUID = 1L;

        SessionLock() {
            super(true);
        }
    }
}
