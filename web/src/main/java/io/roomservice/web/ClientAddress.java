package io.roomservice.web;

import com.sun.net.httpserver.HttpExchange;

/** Where a request's client address (the per-address limits' key) comes from. */
public enum ClientAddress {

    /** The TCP peer: the local gateway, where clients connect directly and a header could be forged. */
    PEER,

    /**
     * SCF's {@code x-scf-remote-addr} header, the peer when it is absent: behind a Function
     * URL the peer is Tencent's proxy, so the peer alone would make every client one address.
     */
    PLATFORM_HEADER;

    static final String PLATFORM_HEADER_NAME = "x-scf-remote-addr";

    String of(HttpExchange exchange) {
        if (this == PLATFORM_HEADER) {
            String header = exchange.getRequestHeaders().getFirst(PLATFORM_HEADER_NAME);
            if (header != null && !header.isBlank()) {
                return header.trim();
            }
        }
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }
}
