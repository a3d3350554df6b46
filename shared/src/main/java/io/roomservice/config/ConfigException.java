package io.roomservice.config;

/**
 * A setting is missing or unusable. The message names settings, never their values. It
 * carries no stack trace: where bad configuration was found says nothing to whoever has to
 * fix it, so a log or console shows only the message.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
