package io.roomservice.web.http;

import io.roomservice.config.HttpFrontSettings;

/** The server's limits: the settings of section HTTP_FRONT, and the fixed sizes below. */
final class HttpLimits {

    /** The longest request line; a longer one is answered 414. */
    static final int MAX_REQUEST_LINE_BYTES = 8192;
    /** The largest header section (request line excluded); a larger one is answered 431. */
    static final int MAX_HEADER_BYTES = 65_536;
    /** The longest chunk-size line of a chunked body, extensions included. */
    static final int MAX_CHUNK_LINE_BYTES = 1024;
    /** The largest trailer section of a chunked body. */
    static final int MAX_TRAILER_BYTES = 8192;
    /** Unread request body the server skips to keep a connection; past that it closes the connection. */
    static final long MAX_SKIPPED_BODY_BYTES = 65_536;
    /** Connections accepted but waiting for a connection thread; past that a new one is closed at once. */
    static final int MAX_WAITING_CONNECTIONS = 1024;
    /** The listening socket's backlog. */
    static final int ACCEPT_BACKLOG = 256;
    /** How long an idle connection thread lives. */
    static final long IDLE_THREAD_SECONDS = 60;

    final long requestMillis;
    final long responseMillis;
    final long idleMillis;
    final int maxHeaders;

    HttpLimits(HttpFrontSettings settings) {
        this.requestMillis = settings.requestTimeoutSeconds() * 1000;
        this.responseMillis = settings.responseTimeoutSeconds() * 1000;
        this.idleMillis = settings.idleSeconds() * 1000;
        this.maxHeaders = settings.maxRequestHeaders();
    }
}
