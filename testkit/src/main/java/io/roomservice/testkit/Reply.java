package io.roomservice.testkit;

/** A response that {@link RecordingHttpServer} sends. */
public record Reply(int status, String contentType, String body) {

    /** 200 with {@code application/json} content. */
    public static Reply json(String body) {
        return new Reply(200, "application/json; charset=utf-8", body);
    }
}
