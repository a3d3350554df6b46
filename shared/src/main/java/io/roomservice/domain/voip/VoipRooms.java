package io.roomservice.domain.voip;

import io.roomservice.config.WeChatSettings;
import io.roomservice.domain.wechat.WeChatLogin;
import io.roomservice.infra.sign.VoipSignature;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signatures for {@code wx.joinVoIPChat}, and the rule that a VoIP room holds at most 10
 * members. WeChat does not tell the server who left, so a member counts for a while
 * after their last signature (VOIP_MEMBERSHIP_SECONDS); the count and the admission are one
 * atomic step ({@link VoipSeats}), so concurrent joins cannot overfill a room.
 */
public final class VoipRooms {

    public static final int CAPACITY = 10;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final VoipSeats seats;
    private final Clock clock;
    private final Supplier<WeChatSettings> settings;
    private final WeChatLogin sessions;
    private final long membershipSeconds;
    private final SecureRandom random = new SecureRandom();

    public VoipRooms(VoipSeats seats, Clock clock, Supplier<WeChatSettings> settings, WeChatLogin sessions, long membershipSeconds) {
        this.seats = seats;
        this.clock = clock;
        this.settings = settings;
        this.sessions = sessions;
        this.membershipSeconds = membershipSeconds;
    }

    /** The signed parameters for wx.joinVoIPChat; empty when the room is full. */
    public Optional<VoipTicket> join(String openId, String groupId) {
        String appId = settings.get().appId();
        String sessionKey = sessions.sessionKey(openId).orElseThrow(NotLoggedInException::new);
        long now = clock.instant().getEpochSecond();
        if (!seats.admit(groupId, openId, now, membershipSeconds, CAPACITY)) {
            return Optional.empty();
        }
        String nonce = nonce();
        String timeStamp = Long.toString(now);
        return Optional.of(new VoipTicket(VoipSignature.sign(appId, groupId, nonce, timeStamp, sessionKey), nonce, timeStamp, groupId));
    }

    private String nonce() {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** The user has no session_key on the server: they must log in with wx.login first. */
    public static final class NotLoggedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotLoggedInException() {
            super("log in with wx.login (wechat-login) first: the VoIP signature needs your WeChat session");
        }
    }
}
