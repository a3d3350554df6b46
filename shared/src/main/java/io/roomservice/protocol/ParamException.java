package io.roomservice.protocol;

/** A request parameter is missing or unusable. The message is safe to show the caller. */
public final class ParamException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ParamException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
