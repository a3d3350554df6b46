package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.voip.VoipRooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.MiniProgramReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** voip-get-signature: {signature, nonceStr, timeStamp, groupId} for wx.joinVoIPChat; at most 10 members a room. */
public final class VoipGetSignature extends VideoFunction {

    private final VoipRooms voipRooms;

    public VoipGetSignature() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public VoipGetSignature(App app) {
        this(app.familyServices(), app.voipRooms());
    }

    public VoipGetSignature(FamilyServices family, VoipRooms voipRooms) {
        super(family);
        this.voipRooms = voipRooms;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String groupId = VideoParams.groupId(call.params());
        call.limit(Limited.VOIP_SIGNATURES);
        return MiniProgramReplies.voip(voipRooms.join(call.userId(), groupId));
    }
}
