package io.roomservice.domain.user;

/** Tells a captcha the client really solved from a made-up or reused answer, before a login code is sent. */
public interface CaptchaCheck {

    /** No captcha: sending codes is guarded by the send limits alone. */
    CaptchaCheck OFF = new CaptchaCheck() {
        @Override
        public boolean required() {
            return false;
        }

        @Override
        public boolean passed(String ticket, String randstr, String clientIp) {
            return true;
        }
    };

    /** Whether sending a code needs a solved captcha. */
    boolean required();

    /** Whether the ticket and randstr the captcha gave the client are genuine; {@link Unavailable} when the provider cannot say. */
    boolean passed(String ticket, String randstr, String clientIp);

    /** The captcha provider did not answer; the message names its error code only. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
