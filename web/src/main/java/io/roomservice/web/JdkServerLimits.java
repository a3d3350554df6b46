package io.roomservice.web;

import io.roomservice.config.HttpFrontSettings;

/**
 * The JDK HTTP server's own limits, which it reads from system properties once, when the
 * first server of the JVM is created; so they are set before that, and a property the
 * operator set with -D wins. All of them exist in JDK 11 and 17 except maxReqHeaders
 * (JDK 17.0.x and late 11 updates), which an older JDK ignores.
 */
final class JdkServerLimits {

    /** How often the server checks those timeouts; its default too, named here because the timeouts are only this precise. */
    static final long TIMER_MILLIS = 1000;

    private JdkServerLimits() {
    }

    static synchronized void apply(HttpFrontSettings limits) {
        // The server writes headers and body separately; with Nagle's algorithm on, each
        // small response waits for the client's delayed ACK (~40 ms).
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        // A client slower than this to send its request line, headers and body is disconnected,
        // so it cannot hold a thread for good.
        setIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(limits.requestTimeoutSeconds()));
        setIfAbsent("sun.net.httpserver.maxRspTime", Long.toString(limits.responseTimeoutSeconds()));
        setIfAbsent("sun.net.httpserver.idleInterval", Long.toString(limits.idleSeconds()));
        setIfAbsent("sun.net.httpserver.maxReqHeaders", Integer.toString(limits.maxRequestHeaders()));
        setIfAbsent("sun.net.httpserver.timerMillis", Long.toString(TIMER_MILLIS));
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
