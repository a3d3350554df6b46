package io.roomservice.infra.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentyun.TLSSigAPIv2;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserBufTest {

    @Test
    void numericRoomGoldenVector() {
        UserBuf buf = UserBuf.fromBase64(TlsSignatureGoldenTest.NUMERIC_ROOM_USERBUF);
        assertEquals(UserBuf.NUMERIC_ROOM_VERSION, buf.version());
        assertEquals("xiaojun", buf.account());
        assertEquals(1400000000L, buf.sdkAppId());
        assertEquals(10000L, buf.roomId());
        assertEquals(1700086400L, buf.expiresAtEpochSecond());
        assertEquals(255L, buf.privileges());
        assertEquals(0L, buf.accountType());
        assertFalse(buf.isStringRoom());
        assertEquals(Optional.empty(), buf.stringRoomId());
        assertTrue(buf.grants(Privileges.ALL));
    }

    @Test
    void stringRoomGoldenVector() {
        UserBuf buf = UserBuf.fromBase64(TlsSignatureGoldenTest.STRING_ROOM_USERBUF);
        assertEquals(UserBuf.STRING_ROOM_VERSION, buf.version());
        assertEquals("xiaojun", buf.account());
        assertEquals(1400000000L, buf.sdkAppId());
        assertEquals(0L, buf.roomId());
        assertEquals(1700086400L, buf.expiresAtEpochSecond());
        assertEquals(255L, buf.privileges());
        assertEquals(Optional.of("100000000"), buf.stringRoomId());
    }

    @Test
    void unsignedFieldsAboveTwoToThe31StayPositive() {
        byte[] bytes = Base64.getDecoder().decode(TlsSignatureGoldenTest.NUMERIC_ROOM_USERBUF);
        int roomOffset = 1 + 2 + 7 + 4;
        bytes[roomOffset] = (byte) 0xFF;
        bytes[roomOffset + 1] = (byte) 0xFF;
        bytes[roomOffset + 2] = (byte) 0xFF;
        bytes[roomOffset + 3] = (byte) 0xFF;
        assertEquals(4294967295L, UserBuf.parse(bytes).roomId());
    }

    @Test
    void layoutMatchesTheLibrarysOwnGenUserBuf() {
        TLSSigAPIv2 library = new TLSSigAPIv2(1400000000L, "k");
        byte[] numeric = library.genUserBuf("user_1", 3000000000L, 300, 62, 0, "");
        UserBuf buf = UserBuf.parse(numeric);
        assertEquals("user_1", buf.account());
        assertEquals(3000000000L, buf.roomId());
        assertEquals(62L, buf.privileges());
        assertFalse(buf.grants(Privileges.CREATE));
        assertTrue(buf.grants(Privileges.DEFAULT_MEMBER));

        UserBuf stringRoom = UserBuf.parse(library.genUserBuf("user_1", 0, 300, 42, 0, "room-abc"));
        assertEquals(Optional.of("room-abc"), stringRoom.stringRoomId());
        assertEquals(0L, stringRoom.roomId());
    }

    @Test
    void rejectsTruncatedTrailingAndUnknownVersion() {
        byte[] good = Base64.getDecoder().decode(TlsSignatureGoldenTest.NUMERIC_ROOM_USERBUF);
        for (int length = 0; length < good.length; length++) {
            byte[] truncated = Arrays.copyOf(good, length);
            assertThrows(IllegalArgumentException.class, () -> UserBuf.parse(truncated), "length " + length);
        }
        assertThrows(IllegalArgumentException.class, () -> UserBuf.parse(Arrays.copyOf(good, good.length + 1)));
        byte[] version7 = good.clone();
        version7[0] = 7;
        assertThrows(IllegalArgumentException.class, () -> UserBuf.parse(version7));
        // A numeric-room buffer relabelled as a string room lacks the room string.
        byte[] relabelled = good.clone();
        relabelled[0] = 1;
        assertThrows(IllegalArgumentException.class, () -> UserBuf.parse(relabelled));
        assertThrows(IllegalArgumentException.class, () -> UserBuf.fromBase64("not base64!"));
    }
}
