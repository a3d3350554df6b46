package io.roomservice.testkit;

/** A response that {@link RecordingHttpServer} sends. */
public record Reply(int status, String contentType, String body) {

    /** 200 with {@code application/json} content. */
    public static Reply json(String body) {
        return new Reply(200, "application/json; charset=utf-8", body);
    }

    /** No answer at all: the server closes the connection after reading the request. */
    public static Reply dropConnection() {
        return new Reply(DROP_STATUS, null, null);
    }

    /** Whether this is {@link #dropConnection()}. */
    public boolean drops() {
        return status == DROP_STATUS;
    }

    private static final int DROP_STATUS = -1;
}
