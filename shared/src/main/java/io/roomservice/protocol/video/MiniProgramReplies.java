package io.roomservice.protocol.video;

import io.roomservice.domain.credentials.SignInfo;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.voip.VoipTicket;
import io.roomservice.domain.wechat.WeChatLogin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Replies of webrtc-sig-api, wechat-login and voip-signature. */
public final class MiniProgramReplies {

    private MiniProgramReplies() {
    }

    /** {@code {privateMapKey?, userSig, userID, sdkAppID}}, as the original webrtc-sig-api. */
    public static VideoReply signature(SignInfo sign) {
        return new VideoReply("success", VideoJson.signInfo(sign));
    }

    /** The room the caller must be a member of to get its PrivateMapKey, or the family's error. */
    public static Room memberRoom(Optional<Room> found, String userId) {
        Room room = found.orElseThrow(() -> new VideoException(VideoCode.BAD_ROOM, "the room does not exist"));
        if (!room.hasMember(userId)) {
            throw new VideoException(VideoCode.NOT_MEMBER, "enter the room first: a PrivateMapKey is only for its members");
        }
        return room;
    }

    /** The openid and a bearer token; never the session_key. */
    public static VideoReply loggedIn(WeChatLogin.LoggedIn login, long tokenTtlSeconds) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("openid", login.openId());
        data.put("token", login.token());
        data.put("expiresIn", tokenTtlSeconds);
        return new VideoReply("success", data);
    }

    /** What wx.joinVoIPChat needs, or ROOM_FULL when the VoIP room has its 10 members. */
    public static VideoReply voip(Optional<VoipTicket> ticket) {
        VoipTicket t = ticket.orElseThrow(() -> new VideoException(VideoCode.ROOM_FULL, "the VoIP room is full (10 members)"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signature", t.signature());
        data.put("nonceStr", t.nonceStr());
        data.put("timeStamp", t.timeStamp());
        data.put("groupId", t.groupId());
        return new VideoReply("success", data);
    }
}
