package io.roomservice.gateway;

import io.roomservice.config.Config;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.webhooks.JdbcWebhookEndpoints;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Seals an aPaaS tenant's webhook signing key for webhook_endpoints with the deployment's
 * APAAS_SALT_KEY: {@code exec:java@seal-webhook-endpoint -Dexec.args="<tenant appId> <receiver URL>"},
 * the key typed at the prompt or piped in (never an argument, so it stays out of shell
 * history). Prints the statement that stores the endpoint; senders use it within a minute.
 */
public final class SealWebhookEndpoint {

    private static final String TENANT = "[A-Za-z0-9_-]{1,32}";
    private static final String URL = "https?://[^\\s/?#'\\\\]+(:[0-9]{1,5})?(/[^\\s'\\\\]*)?";
    private static final int MAX_URL_CHARS = 512;

    private SealWebhookEndpoint() {
    }

    public static void main(String[] args) throws IOException {
        Optional<String> salt = Config.fromEnvironment().get(SettingsCatalogue.APAAS_SALT_KEY).filter(k -> k.length() >= 32);
        if (args.length != 2 || !args[0].matches(TENANT) || !args[1].matches(URL) || args[1].length() > MAX_URL_CHARS
                || salt.isEmpty()) {
            System.err.println("usage: APAAS_SALT_KEY=<the deployment's key> ... exec:java@seal-webhook-endpoint"
                    + " -Dexec.args=\"<tenant appId> <http(s) receiver URL>\", with the signing key on standard input");
            System.exit(2);
        }
        String signingKey = readKey();
        if (!signingKey.matches("[\\x21-\\x7e]{16,256}")) {
            System.err.println("a webhook signing key is 16 to 256 printable ASCII characters");
            System.exit(2);
        }
        String sealed = HexFormat.of().formatHex(JdbcWebhookEndpoints.seal(new SecretBox(salt.get()), args[0], signingKey));
        System.out.println("INSERT INTO webhook_endpoints (tenant, url, sealed_key, updated_at) VALUES ('" + args[0] + "', '"
                + args[1] + "', 0x" + sealed + ", " + System.currentTimeMillis() + ")"
                + " ON DUPLICATE KEY UPDATE url = VALUES(url), sealed_key = VALUES(sealed_key), updated_at = VALUES(updated_at);");
    }

    private static String readKey() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("webhook signing key: ");
            return typed == null ? "" : new String(typed).trim();
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.trim();
    }
}
