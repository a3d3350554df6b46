package io.roomservice.protocol.apaas;

/** Ends an aPaaS call with one of the family's codes and a message safe to show (no tokens, no signatures). */
public final class ApaasException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ApaasCode code;

    public ApaasException(ApaasCode code, String message) {
        super(message);
        this.code = code;
    }

    public ApaasCode code() {
        return code;
    }
}
