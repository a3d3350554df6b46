package io.roomservice.runtime;

/**
 * A request turned away before any action runs: unreadable, at no known path, with a method
 * that does not act, or too large. Each family answers it in its own envelope with its
 * parameter-error code; the HTTP status tells the kinds apart.
 */
public final class Refusal {

    public enum Kind {
        /** The query string or body cannot be read: answered like any parameter error, with HTTP 200. */
        MALFORMED(200),
        NOT_FOUND(404),
        METHOD_NOT_ALLOWED(405),
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String message;

    private Refusal(Kind kind, String message) {
        this.kind = kind;
        this.message = message;
    }

    public static Refusal malformed(String message) {
        return new Refusal(Kind.MALFORMED, message);
    }

    public static Refusal notFound(String path) {
        return new Refusal(Kind.NOT_FOUND, "no function at " + path);
    }

    public static Refusal methodNotAllowed(String method) {
        return new Refusal(Kind.METHOD_NOT_ALLOWED, "method " + method + " is not allowed: use GET or POST");
    }

    public static Refusal tooLarge(long maxBytes) {
        return new Refusal(Kind.TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return kind.status;
    }

    /** Safe to show the caller: it quotes nothing the caller sent but the method. */
    public String message() {
        return message;
    }
}
