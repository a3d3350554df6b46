package io.roomservice.domain.user;

/** Delivers a login code (SMS or e-mail). Implementations never log the code. */
public interface CodeSender {

    /** Sends the code; a DeliveryException when the provider did not accept it. */
    void send(Contact contact, String code, long validMinutes);

    /** The provider refused or could not be reached. The message names no secret. */
    final class DeliveryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DeliveryException(String message) {
            super(message);
        }

        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
