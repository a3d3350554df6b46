package io.roomservice.web.http;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request target (origin-form {@code /path?query}, or absolute-form), checked: one that is
 * not a valid URI (a bad {@code %} escape, a space, a character URIs do not allow) is kept as
 * malformed for the front to answer, with a lenient URI that escapes the offending characters.
 */
final class RequestTarget {

    private static final String HEX = "0123456789ABCDEF";

    final URI uri;
    final boolean malformed;

    private RequestTarget(URI uri, boolean malformed) {
        this.uri = uri;
        this.malformed = malformed;
    }

    static RequestTarget of(String target) {
        try {
            URI uri = new URI(target);
            if (uri.getRawPath() != null && uri.getRawPath().startsWith("/") && (uri.getScheme() == null || uri.getHost() != null)) {
                return new RequestTarget(uri, false);
            }
        } catch (URISyntaxException e) {
            // answered below, as malformed
        }
        return new RequestTarget(lenient(target), true);
    }

    /** The target with every character a URI does not allow, and every % that starts no escape, escaped. */
    private static URI lenient(String target) {
        StringBuilder out = new StringBuilder(target.length() + 16);
        if (!target.startsWith("/")) {
            out.append('/');
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean escape = c == '%' ? !(hex(target, i + 1) && hex(target, i + 2)) : !allowed(c);
            if (escape) {
                // The target was read as ISO-8859-1: each char is one byte of the request.
                out.append('%').append(HEX.charAt((c >> 4) & 0xf)).append(HEX.charAt(c & 0xf));
            } else {
                out.append(c);
            }
        }
        try {
            return new URI(out.toString());
        } catch (URISyntaxException e) {
            return URI.create("/"); // say "//a:b": an authority that is none; the front still answers the target as malformed
        }
    }

    private static boolean hex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    /** RFC 3986's unreserved and reserved characters, less {@code #} (no target has one) and brackets (java.net.URI refuses them there). */
    private static boolean allowed(char c) {
        return c < 127 && (Character.isLetterOrDigit(c) || "-._~:/?@!$&'()*+,;=".indexOf(c) >= 0);
    }
}
