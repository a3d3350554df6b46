package io.roomservice.infra.sign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Builds and takes apart ticket strings the way tls-sig-api-v2 does, for tests. */
final class TicketFixtures {
    static final long APP = 1400000000L;
    static final String KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    static final String IDENTIFIER = "xiaojun";
    static final long TIME = 1700000000L;

    /** The full UserSig from java-platform.md for expire=86400, no userbuf. */
    static final String GOLDEN_USER_SIG = "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMikVhRkFqUqWVmYmcCESjJzgQKG5qgKizPTgcYG*7mZuOWGOQeUJudHFDv5FySFuRmnuTmnmZp7BeQapFZFGWalhnn65IQl2yrVAgAojzFw";

    private TicketFixtures() {
    }

    static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }

    static String urlSafe(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes).replace('+', '*').replace('/', '-').replace('=', '_');
    }

    /** JSON text to a URL-safe ticket string. */
    static String encode(String json) {
        return urlSafe(deflate(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A URL-safe ticket string back to its JSON text. */
    static String decodeToJson(String ticket) throws Exception {
        byte[] compressed = Base64.getDecoder().decode(ticket.replace('*', '+').replace('-', '/').replace('_', '='));
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        while (!inflater.finished()) {
            int n = inflater.inflate(chunk);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                throw new IllegalStateException("truncated");
            }
            out.write(chunk, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    static String json(String identifier, long app, long expire, long time, String userBuf, String sig) {
        return "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"" + identifier + "\",\"TLS.sdkappid\":" + app
                + ",\"TLS.expire\":" + expire + ",\"TLS.time\":" + time
                + (userBuf == null ? "" : ",\"TLS.userbuf\":\"" + userBuf + "\"")
                + ",\"TLS.sig\":\"" + sig + "\"}";
    }
}
