package io.roomservice.gateway;

import io.roomservice.config.Config;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.domain.user.Tenants;
import io.roomservice.infra.crypto.SecretBox;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Seals a tenant's TRTC secret key for apaas_tenants.secret_key with the deployment's
 * APAAS_SALT_KEY: {@code exec:java@seal-tenant-secret -Dexec.args=<apaasAppId>}, the secret
 * typed at the prompt or piped in (never an argument, so it stays out of shell history).
 * Prints the sealed value and the UPDATE that stores it.
 */
public final class SealTenantSecret {

    private SealTenantSecret() {
    }

    public static void main(String[] args) throws IOException {
        Optional<String> key = Config.fromEnvironment().get(SettingsCatalogue.APAAS_SALT_KEY).filter(k -> k.length() >= 32);
        if (args.length != 1 || !args[0].matches("[A-Za-z0-9_.-]{1,32}") || key.isEmpty()) {
            System.err.println("usage: APAAS_SALT_KEY=<the deployment's key> ... exec:java@seal-tenant-secret -Dexec.args=<apaasAppId>,"
                    + " with the TRTC secret key on standard input");
            System.exit(2);
        }
        String secret = readSecret();
        if (secret.isEmpty()) {
            System.err.println("no secret key given");
            System.exit(2);
        }
        String sealed = Tenants.seal(new SecretBox(key.get()), args[0], secret);
        System.out.println(sealed);
        System.out.println("UPDATE apaas_tenants SET secret_key = '" + sealed + "' WHERE app_id = '" + args[0] + "';");
    }

    private static String readSecret() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("TRTC secret key: ");
            return typed == null ? "" : new String(typed).trim();
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.trim();
    }
}
