package io.roomservice.testing;

import io.roomservice.infra.sign.Digests;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Tokens an attacker could make: the original's `default` secret, alg none, another algorithm. */
public final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    public static String withSecretDefault(String userId) {
        String input = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + claims(userId);
        return input + "." + B64.encodeToString(Digests.hmacSha256("default".getBytes(StandardCharsets.UTF_8),
                input.getBytes(StandardCharsets.UTF_8)));
    }

    public static String algNone(String userId) {
        return part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims(userId) + ".";
    }

    public static String hs512(String userId) {
        return part("{\"alg\":\"HS512\",\"typ\":\"JWT\"}") + "." + claims(userId) + "." + B64.encodeToString(new byte[64]);
    }

    private static String claims(String userId) {
        return part("{\"v\":1,\"userId\":\"" + userId + "\",\"sub\":\"" + userId
                + "\",\"jti\":\"x\",\"iat\":1,\"exp\":9999999999}");
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
