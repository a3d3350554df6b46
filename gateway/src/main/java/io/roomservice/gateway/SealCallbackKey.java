package io.roomservice.gateway;

import io.roomservice.config.Config;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.media.CallbackKeys;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Seals a tenant app's TRTC callback key for trtc_callback_keys with the deployment's
 * APAAS_SALT_KEY: {@code exec:java@seal-callback-key -Dexec.args=<SDKAppID>}, the key typed at
 * the prompt or piped in (never an argument, so it stays out of shell history). Prints the
 * statement that stores it.
 */
public final class SealCallbackKey {

    private SealCallbackKey() {
    }

    public static void main(String[] args) throws IOException {
        Optional<String> key = Config.fromEnvironment().get(SettingsCatalogue.APAAS_SALT_KEY).filter(k -> k.length() >= 32);
        if (args.length != 1 || !args[0].matches("[1-9][0-9]{0,9}") || key.isEmpty()) {
            System.err.println("usage: APAAS_SALT_KEY=<the deployment's key> ... exec:java@seal-callback-key -Dexec.args=<SDKAppID>,"
                    + " with the TRTC callback key on standard input");
            System.exit(2);
        }
        String callbackKey = readKey();
        if (!callbackKey.matches("[A-Za-z0-9]{1,32}")) {
            System.err.println("a TRTC callback key is 1 to 32 letters and digits");
            System.exit(2);
        }
        long sdkAppId = Long.parseLong(args[0]);
        String sealed = HexFormat.of().formatHex(CallbackKeys.seal(new SecretBox(key.get()), sdkAppId, callbackKey));
        System.out.println("INSERT INTO trtc_callback_keys (sdk_app_id, sealed_key) VALUES (" + sdkAppId + ", 0x" + sealed + ")"
                + " ON DUPLICATE KEY UPDATE sealed_key = VALUES(sealed_key);");
    }

    private static String readKey() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("TRTC callback key: ");
            return typed == null ? "" : new String(typed).trim();
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.trim();
    }
}
