package io.roomservice.infra.im;

import io.roomservice.domain.imgroups.ImFailure;

/** An IM REST call failed: a transport error, a timeout, or an ErrorCode other than 0. Never quotes the admin UserSig. */
public final class ImException extends ImFailure {
    private static final long serialVersionUID = 1L;

    ImException(int errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
    }
}
