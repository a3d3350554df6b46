package io.roomservice.domain.user;

import java.util.Optional;

/** The signed fields of an oauth/signature call. Absent tag/ts/nonce sign as empty strings, as in the original. */
public final class OAuthAttempt {

    private final String username;
    private final String signature;
    private final String tag;
    private final Optional<String> ts;
    private final Optional<String> nonce;
    private final String hash;

    public OAuthAttempt(String username, String signature, Optional<String> tag, Optional<String> ts,
            Optional<String> nonce, Optional<String> hash) {
        this.username = username;
        this.signature = signature;
        this.tag = tag.orElse("");
        this.ts = ts;
        this.nonce = nonce;
        this.hash = hash.orElse("md5");
    }

    String username() {
        return username;
    }

    String signature() {
        return signature;
    }

    String tag() {
        return tag;
    }

    Optional<String> ts() {
        return ts;
    }

    Optional<String> nonce() {
        return nonce;
    }

    String hash() {
        return hash;
    }
}
