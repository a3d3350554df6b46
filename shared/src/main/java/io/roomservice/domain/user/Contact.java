package io.roomservice.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/** A verified-by-code contact: a phone number in +CC form or an e-mail address. */
public final class Contact {

    /** How a login code reaches its owner. */
    public enum Channel { SMS, EMAIL }

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{5,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL = 128;

    private final Channel channel;
    private final String value;

    private Contact(Channel channel, String value) {
        this.channel = channel;
        this.value = value;
    }

    /**
     * A phone number in +CC form. Spaces, dashes and brackets are dropped; {@code 00} is
     * read as {@code +}; a number without a country code gets {@code defaultCountryCode}
     * (a mainland China mobile number, 11 digits starting with 1, gets +86 either way
     * when the default is 86).
     */
    public static Contact phone(String raw, String defaultCountryCode) {
        String digits = raw.replaceAll("[\\s()\\-]", "");
        String normalised;
        if (digits.startsWith("+")) {
            normalised = digits;
        } else if (digits.startsWith("00")) {
            normalised = "+" + digits.substring(2);
        } else if (digits.startsWith(defaultCountryCode) && digits.length() > 11) {
            normalised = "+" + digits;
        } else {
            normalised = "+" + defaultCountryCode + (digits.startsWith("0") ? digits.substring(1) : digits);
        }
        if (!E164.matcher(normalised).matches()) {
            throw new AccountException(AccountException.Reason.BAD_INPUT, "phone is not a valid phone number");
        }
        return new Contact(Channel.SMS, normalised);
    }

    /** An e-mail address, compared in lower case. */
    public static Contact email(String raw) {
        String trimmed = raw.trim().toLowerCase(Locale.ROOT);
        if (trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            throw new AccountException(AccountException.Reason.BAD_EMAIL, "email is not a valid e-mail address");
        }
        return new Contact(Channel.EMAIL, trimmed);
    }

    public Channel channel() {
        return channel;
    }

    public String value() {
        return value;
    }
}
