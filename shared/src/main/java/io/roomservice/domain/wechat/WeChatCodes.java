package io.roomservice.domain.wechat;

/** WeChat's side of a mini-program login: a wx.login code exchanged for the user's session. */
public interface WeChatCodes {

    /** The session WeChat gives for a valid code; the adapter's own error when WeChat refuses or does not answer. */
    WeChatSession codeToSession(String code);
}
