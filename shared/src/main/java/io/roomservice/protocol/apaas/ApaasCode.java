package io.roomservice.protocol.apaas;

/**
 * The aPaaS family's error table ({@code {errorCode, errorMessage, data}}), with the codes
 * and names of the published live-room table. The names appear in error messages as
 * {@code Name(code): detail}, as the original service wrote them.
 */
public enum ApaasCode {
    SUCCESS(0, "Success"),
    /** A parameter is missing or unusable, or an OAuth check failed. */
    SYSTEM_VERIFY_ERROR(98, "SystemVerifyError"),
    /** The service is misconfigured, or an unexpected internal error. */
    SYSTEM_ERROR(99, "SystemError"),
    /** Redis or another backing service is unavailable. */
    SERVICE_UNAVAILABLE(100, "ServiceUnavailable"),
    SERVICE_RESPONSE_INVALID(101, "ServiceResponseInvalid"),
    /** The SMS (or e-mail) provider did not accept the message. */
    SERVICE_SMS_FAILED(102, "ServiceSmsFailed"),
    /** The database failed. */
    SERVICE_DB_FAILED(103, "ServiceDBFailed"),
    SERVICE_UNKNOWN_ERROR(104, "ServiceUnknownError"),
    USER_CODE_INVALID(200, "UserCodeInvalid"),
    USER_CODE_EXPIRED(201, "UserCodeExpired"),
    USER_CODE_CONSUMED(202, "UserCodeConsumed"),
    USER_TOKEN_EXPIRED(203, "UserTokenExpired"),
    USER_TOKEN_INVALID(204, "UserTokenInvalid"),
    USE_INFO_EMPTY(205, "UseInfoEmpty"),
    USER_NOT_EXISTS(206, "UserNotExists"),
    USER_EMAIL_INVALID(207, "UserEmailInvalid"),
    USER_QUERY_PARAMS(208, "UserQueryParams"),
    /** A rate limit was reached (queries, code sending, failed signatures). */
    USER_QUERY_LIMIT(209, "UserQueryLimit"),
    USER_OAUTH_PARAMS(210, "UserOAuthParams"),
    USER_ALREADY_IN_ROOMS(211, "UserAlreadyInRooms"),
    ROOM_CREATE_PARAMS(2000, "RoomCreateParams"),
    ROOM_DESTROY_PARAMS(2001, "RoomDestroyParams"),
    ROOM_QUERY_PARAMS(2002, "RoomQueryParams"),
    ROOM_LEAVE_PARAMS(2003, "RoomLeaveParams"),
    ROOM_NOT_EXISTS(2004, "RoomNotExists"),
    ROOMS_USER_EXISTS(2006, "RoomsUserExists");

    private final int code;
    private final String label;

    ApaasCode(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The name clients and logs know the code by, e.g. {@code UserTokenInvalid}. */
    public String label() {
        return label;
    }
}
