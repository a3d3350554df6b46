package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.protocol.video.MiniProgramReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** voip-get-signature: {signature, nonceStr, timeStamp, groupId} for wx.joinVoIPChat; at most 10 members a room. */
public final class VoipGetSignature extends VideoFunction {

    public VoipGetSignature() {
        this(App.current());
    }

    public VoipGetSignature(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String groupId = VideoParams.groupId(call.params());
        call.limit(Limited.VOIP_SIGNATURES);
        return MiniProgramReplies.voip(app.voipRooms().join(call.userId(), groupId));
    }
}
