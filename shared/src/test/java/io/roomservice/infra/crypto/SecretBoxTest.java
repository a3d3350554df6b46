package io.roomservice.infra.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY = "k3y-for-tests-0123456789abcdef0123";

    @Test
    void sealsAndOpens() {
        SecretBox box = new SecretBox(KEY);
        byte[] sealed = box.seal("1e80a39bf9e1cb8e97cdaee2ace85281", "alice");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("1e80a39bf9e1cb8e97cdaee2ace85281"));
        assertEquals("1e80a39bf9e1cb8e97cdaee2ace85281", box.open(sealed, "alice"));
    }

    @Test
    void anotherKeyAnotherRowOrATamperedByteFails() {
        SecretBox box = new SecretBox(KEY);
        byte[] sealed = box.seal("salt-salt-salt-salt-salt-salt-salt", "alice");
        assertThrows(IllegalStateException.class, () -> new SecretBox(KEY + "x").open(sealed, "alice"));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, "mallory"));
        sealed[sealed.length - 1] ^= 1;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> box.open(sealed, "alice"));
        assertFalse(e.getMessage().contains("salt"));
    }
}
