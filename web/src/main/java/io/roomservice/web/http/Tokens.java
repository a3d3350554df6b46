package io.roomservice.web.http;

/** RFC 9110's token: the characters a method or a header name is made of. */
final class Tokens {

    private static final String SEPARATORS = "\"(),/:;<=>?@[\\]{}";

    private Tokens() {
    }

    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 127 || SEPARATORS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
