package io.roomservice.infra.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrivilegesTest {
    @Test
    void bitsMatchTencentsTable() {
        int[] bits = {Privileges.CREATE, Privileges.ENTER, Privileges.SEND_AUDIO, Privileges.RECV_AUDIO,
            Privileges.SEND_VIDEO, Privileges.RECV_VIDEO, Privileges.SEND_SUB, Privileges.RECV_SUB};
        int all = 0;
        for (int i = 0; i < bits.length; i++) {
            assertEquals(1 << i, bits[i], "bit " + (i + 1));
            all |= bits[i];
        }
        assertEquals(255, all);
        assertEquals(all, Privileges.ALL);
    }

    @Test
    void presets() {
        assertEquals(62, Privileges.DEFAULT_MEMBER);
        assertEquals(42, Privileges.AUDIENCE);
    }
}
