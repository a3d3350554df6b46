package io.roomservice.domain.wechat;

import io.roomservice.config.WeChatSettings;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.token.TokenService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Mini-program login: a {@code wx.login} code becomes the user's openid and a bearer token
 * for HTTP calls. The session_key stays on the server ({@link WeChatSessions}, with a TTL), for the
 * signatures that need it (the VoIP room signature).
 */
public final class WeChatLogin {

    private final WeChatCodes client;
    private final WeChatSessions sessions;
    private final TokenService tokens;
    private final Supplier<WeChatSettings> settings;

    public WeChatLogin(WeChatCodes client, WeChatSessions sessions, TokenService tokens, Supplier<WeChatSettings> settings) {
        this.client = client;
        this.sessions = sessions;
        this.tokens = tokens;
        this.settings = settings;
    }

    /** The logged-in user: openid and bearer token. */
    public static final class LoggedIn {
        private final String openId;
        private final String token;

        LoggedIn(String openId, String token) {
            this.openId = openId;
            this.token = token;
        }

        public String openId() {
            return openId;
        }

        public String token() {
            return token;
        }
    }

    public LoggedIn login(String code) {
        long ttl = settings.get().sessionTtlSeconds();
        WeChatSession session = client.codeToSession(code);
        sessions.keep(session.openId(), session.sessionKey(), ttl);
        return new LoggedIn(session.openId(), tokens.issue(TokenAudience.VIDEO, session.openId()));
    }

    /** The user's session_key from their last login, while it is kept. */
    public Optional<String> sessionKey(String openId) {
        return sessions.sessionKey(openId);
    }
}
