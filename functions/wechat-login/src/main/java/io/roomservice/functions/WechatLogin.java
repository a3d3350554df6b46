package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.video.MiniProgramReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** wechat-login: the code from wx.login becomes the user's openid and a bearer token; the session_key stays here. */
@Anonymous("a login: the wx.login code is the credential")
public final class WechatLogin extends VideoFunction {

    public WechatLogin() {
        this(App.current());
    }

    public WechatLogin(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String code = VideoParams.loginCode(call.params());
        call.limitBeforeLogin(Limited.WECHAT_LOGINS);
        return MiniProgramReplies.loggedIn(app.weChatLogin().login(code), app.settings().tokenTtlSeconds());
    }
}
