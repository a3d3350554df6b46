package io.roomservice.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a function that runs without a verified caller (logins, registration, timers). Every
 * other function's caller is verified by its family's base class before its body runs, so a
 * new function that forgets to ask is still authenticated.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Anonymous {

    /** Why this function needs no caller. */
    String value();
}
