package io.roomservice.domain.limits;

/**
 * The name of every rate-limit window and claimed one-time value, in one place so that no two
 * limits share a key by accident. The store puts them under its own namespace (in Redis:
 * {@code <namespace>:limit:<name>}).
 */
public final class LimitKeys {

    private LimitKeys() {
    }

    /** aPaaS login codes sent to one phone number or e-mail address. */
    public static String codeSendsTo(String target) {
        return "apaas:code-send:to:" + target;
    }

    /** aPaaS login codes sent on behalf of one source address. */
    public static String codeSendsFrom(String address) {
        return "apaas:code-send:ip:" + address;
    }

    /** Failed aPaaS OAuth logins of one username. */
    public static String oauthFailuresOf(String username) {
        return "apaas:oauth-fail:user:" + username;
    }

    /** Failed aPaaS OAuth logins from one source address. */
    public static String oauthFailuresFrom(String address) {
        return "apaas:oauth-fail:ip:" + address;
    }

    /** A used aPaaS OAuth nonce of one username, claimed so it cannot be replayed. */
    public static String oauthNonce(String username, String nonce) {
        return "apaas:oauth-nonce:" + username + ":" + nonce;
    }

    /** aPaaS phone-number searches of one user. */
    public static String phoneSearchesBy(String userId) {
        return "apaas:phone-search:" + userId;
    }

    /** One family's abuse limit ({@link Limited}) counted per caller. */
    public static String abuseByCaller(Limited what, String caller) {
        return what.key() + ":caller:" + caller;
    }

    /** One family's abuse limit ({@link Limited}) counted per source address. */
    public static String abuseByAddress(Limited what, String address) {
        return what.key() + ":address:" + address;
    }
}
