package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.wechat.WeChatLogin;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.MiniProgramReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** wechat-login: the code from wx.login becomes the user's openid and a bearer token; the session_key stays here. */
@Anonymous("a login: the wx.login code is the credential")
public final class WechatLogin extends VideoFunction {

    private final WeChatLogin weChatLogin;
    private final long tokenTtlSeconds;

    public WechatLogin() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public WechatLogin(App app) {
        this(app.familyServices(), app.weChatLogin(), app.tokenTtlSeconds());
    }

    public WechatLogin(FamilyServices family, WeChatLogin weChatLogin, long tokenTtlSeconds) {
        super(family);
        this.weChatLogin = weChatLogin;
        this.tokenTtlSeconds = tokenTtlSeconds;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String code = VideoParams.loginCode(call.params());
        call.limitBeforeLogin(Limited.WECHAT_LOGINS);
        return MiniProgramReplies.loggedIn(weChatLogin.login(code), tokenTtlSeconds);
    }
}
