package io.roomservice.domain.imgroups;

/** An {@link ImGroupService} call failed: IM refused it, or no answer was understood. */
public class ImFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error code when no IM answer was understood: a transport failure, a timeout, HTTP 5xx. */
    public static final int NO_ANSWER = -1;

    private final int errorCode;

    protected ImFailure(int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** IM's ErrorCode, or {@link #NO_ANSWER}. */
    public int errorCode() {
        return errorCode;
    }

    /** Whether no IM answer was understood, so the call may be tried again. */
    public boolean noAnswer() {
        return errorCode == NO_ANSWER;
    }
}
