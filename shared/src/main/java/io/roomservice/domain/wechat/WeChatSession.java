package io.roomservice.domain.wechat;

/** What jscode2session returns for a valid code. The session key never leaves the server. */
public final class WeChatSession {

    private final String openId;
    private final String sessionKey;

    public WeChatSession(String openId, String sessionKey) {
        this.openId = openId;
        this.sessionKey = sessionKey;
    }

    public String openId() {
        return openId;
    }

    public String sessionKey() {
        return sessionKey;
    }

    @Override
    public String toString() {
        return "WeChatSession{openId=" + openId + ", sessionKey=<hidden>}";
    }
}
