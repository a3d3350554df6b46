package io.roomservice.domain.wechat;

import java.util.Optional;

/** Where the WeChat users' session_keys are kept between their login and the signatures that need them. */
public interface WeChatSessions {

    /** Keeps the user's session_key for {@code ttlSeconds}, replacing the one kept before. */
    void keep(String openId, String sessionKey, long ttlSeconds);

    /** The user's session_key from their last login, while it is kept. */
    Optional<String> sessionKey(String openId);
}
