package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.DEFAULT_HTTP_CONNECTION_THREADS;
import static io.roomservice.config.SettingsCatalogue.DEFAULT_HTTP_IDLE_SECONDS;
import static io.roomservice.config.SettingsCatalogue.DEFAULT_HTTP_MAX_BODY_BYTES;
import static io.roomservice.config.SettingsCatalogue.DEFAULT_HTTP_MAX_REQUEST_HEADERS;
import static io.roomservice.config.SettingsCatalogue.DEFAULT_HTTP_REQUEST_TIMEOUT_SECONDS;
import static io.roomservice.config.SettingsCatalogue.DEFAULT_HTTP_RESPONSE_TIMEOUT_SECONDS;
import static io.roomservice.config.SettingsCatalogue.HTTP_CONNECTION_THREADS;
import static io.roomservice.config.SettingsCatalogue.HTTP_IDLE_SECONDS;
import static io.roomservice.config.SettingsCatalogue.HTTP_MAX_BODY_BYTES;
import static io.roomservice.config.SettingsCatalogue.HTTP_MAX_REQUEST_HEADERS;
import static io.roomservice.config.SettingsCatalogue.HTTP_REQUEST_TIMEOUT_SECONDS;
import static io.roomservice.config.SettingsCatalogue.HTTP_RESPONSE_TIMEOUT_SECONDS;

/** The limits of the HTTP front (section HTTP_FRONT): body size, read and idle timeouts, header count, connection threads. */
public final class HttpFrontSettings {

    private final long maxBodyBytes;
    private final long requestTimeoutSeconds;
    private final long responseTimeoutSeconds;
    private final long idleSeconds;
    private final int maxRequestHeaders;
    private final int connectionThreads;

    private HttpFrontSettings(long maxBodyBytes, long requestTimeoutSeconds, long responseTimeoutSeconds, long idleSeconds,
                              int maxRequestHeaders, int connectionThreads) {
        this.maxBodyBytes = maxBodyBytes;
        this.requestTimeoutSeconds = requestTimeoutSeconds;
        this.responseTimeoutSeconds = responseTimeoutSeconds;
        this.idleSeconds = idleSeconds;
        this.maxRequestHeaders = maxRequestHeaders;
        this.connectionThreads = connectionThreads;
    }

    public static HttpFrontSettings from(Settings settings) {
        return new HttpFrontSettings(settings.integer(HTTP_MAX_BODY_BYTES), settings.seconds(HTTP_REQUEST_TIMEOUT_SECONDS),
                settings.seconds(HTTP_RESPONSE_TIMEOUT_SECONDS), settings.seconds(HTTP_IDLE_SECONDS),
                settings.integer(HTTP_MAX_REQUEST_HEADERS), settings.integer(HTTP_CONNECTION_THREADS));
    }

    /** The catalogue's defaults (tests, a front built without settings). */
    public static HttpFrontSettings defaults() {
        return new HttpFrontSettings(DEFAULT_HTTP_MAX_BODY_BYTES, DEFAULT_HTTP_REQUEST_TIMEOUT_SECONDS,
                DEFAULT_HTTP_RESPONSE_TIMEOUT_SECONDS, DEFAULT_HTTP_IDLE_SECONDS, (int) DEFAULT_HTTP_MAX_REQUEST_HEADERS,
                (int) DEFAULT_HTTP_CONNECTION_THREADS);
    }

    /** The same limits with another body cap. */
    public HttpFrontSettings withMaxBodyBytes(long bytes) {
        return new HttpFrontSettings(bytes, requestTimeoutSeconds, responseTimeoutSeconds, idleSeconds, maxRequestHeaders,
                connectionThreads);
    }

    /** The same limits with another request timeout. */
    public HttpFrontSettings withRequestTimeoutSeconds(long seconds) {
        return new HttpFrontSettings(maxBodyBytes, seconds, responseTimeoutSeconds, idleSeconds, maxRequestHeaders,
                connectionThreads);
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public long requestTimeoutSeconds() {
        return requestTimeoutSeconds;
    }

    public long responseTimeoutSeconds() {
        return responseTimeoutSeconds;
    }

    public long idleSeconds() {
        return idleSeconds;
    }

    public int maxRequestHeaders() {
        return maxRequestHeaders;
    }

    public int connectionThreads() {
        return connectionThreads;
    }
}
