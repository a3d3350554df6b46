package io.roomservice.infra;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * Says in words why a call to an outside service (IM, Tencent Cloud, Redis) failed. Messages
 * of failures can reach a caller's answer, so they never carry a Java class name, an
 * exception's own message (host names, SQL, driver text) or a stack trace; the log keeps those.
 */
public final class OutsideFailures {

    private OutsideFailures() {
    }

    /** "did not answer in time", "could not be reached", ...: what happened, for any failure. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException || t instanceof UnknownHostException) {
                return "could not be reached";
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "did not answer in time";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return "the connection failed";
            }
        }
        return "failed unexpectedly";
    }
}
