package io.roomservice.config;

/** A setting is missing or unusable. The message names settings, never their values. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
