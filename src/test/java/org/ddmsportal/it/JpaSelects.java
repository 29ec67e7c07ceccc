package org.ddmsportal.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SELECTs EclipseLink sends for the calling thread while {@link #count} runs. Inside
 * a transaction EclipseLink reads through the pool's non-transactional connections (Payara's
 * {@code __nontx} twin of the data source), shared with every other thread, so a connection's
 * counter cannot tell our reads from the outbox timer's: EclipseLink's own event for each
 * executed call, kept per thread, can. EclipseLink is the server's, not on the test's class
 * path, hence the reflection; a listener is added once, on the application's session.
 */
@ApplicationScoped
public class JpaSelects {

    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @PersistenceUnit
    EntityManagerFactory emf;

    private boolean listening;

    long count(Runnable action) {
        listen();
        long[] n = {0};
        COUNTING.set(n);
        try {
            action.run();
        } finally {
            COUNTING.remove();
        }
        return n[0];
    }

    /** The SQL of the SELECTs EclipseLink sends for the calling thread while {@code action} runs. */
    List<String> statements(Runnable action) {
        List<String> sql = new ArrayList<>();
        RECORDING.set(sql);
        try {
            count(action);
        } finally {
            RECORDING.remove();
        }
        return sql;
    }

    private synchronized void listen() {
        if (listening) {
            return;
        }
        try {
            ClassLoader el = emf.getClass().getClassLoader();
            Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.Session", false, el);
            Class<?> listenerType = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", false, el);
            Object session = emf.unwrap(sessionType);
            Object events = sessionType.getMethod("getEventManager").invoke(session);
            InvocationHandler onEvent = (proxy, method, args) -> switch (method.getName()) {
                case "postExecuteCall" -> {
                    long[] n = COUNTING.get();
                    if (n != null && isSelect(args[0])) {
                        n[0]++;
                        List<String> sql = RECORDING.get();
                        if (sql != null) {
                            sql.add(sqlOf(args[0]));
                        }
                    }
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "QueryCounter's listener";
                default -> null;
            };
            Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType}, onEvent);
            events.getClass().getMethod("addListener", listenerType).invoke(events, listener);
            listening = true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot listen to EclipseLink's calls", e);
        }
    }

    private static boolean isSelect(Object event) throws ReflectiveOperationException {
        String sql = sqlOf(event);
        return sql != null && sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6);
    }

    private static String sqlOf(Object event) throws ReflectiveOperationException {
        Object call = event.getClass().getMethod("getCall").invoke(event);
        if (call == null) {
            return null;
        }
        return call.getClass().getMethod("getSQLString").invoke(call) instanceof String s ? s : null;
    }
}
