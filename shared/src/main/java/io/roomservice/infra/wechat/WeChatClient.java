package io.roomservice.infra.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.roomservice.config.WeChatSettings;
import io.roomservice.domain.wechat.WeChatCodes;
import io.roomservice.domain.wechat.WeChatSession;
import io.roomservice.runtime.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * WeChat's {@code GET /sns/jscode2session}: a {@code wx.login} code for the user's openid and
 * session_key. The base URL is configurable (a loopback fake in tests) and every call has
 * a timeout. WeChat answers errors with HTTP 200 and an {@code errcode}.
 */
public final class WeChatClient implements WeChatCodes {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final Supplier<WeChatSettings> settings;
    /** Built on first use: an HttpClient loads the TLS stack, a few hundred ms that most cold starts never need. */
    private HttpClient http;

    public WeChatClient(Supplier<WeChatSettings> settings) {
        this.settings = settings;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        }
        return http;
    }

    @Override
    public WeChatSession codeToSession(String code) {
        WeChatSettings s = settings.get();
        URI uri = URI.create(s.apiBase() + "/sns/jscode2session?appid=" + encode(s.appId())
                + "&secret=" + encode(s.appSecret()) + "&js_code=" + encode(code) + "&grant_type=authorization_code");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(s.timeoutMillis())).GET().build();
        HttpResponse<String> response;
        try {
            response = http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat did not answer within " + s.timeoutMillis() + " ms");
        } catch (IOException e) {
            throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "interrupted while asking WeChat");
        }
        if (response.statusCode() != 200) {
            throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat answered HTTP " + response.statusCode());
        }
        return parse(response.body());
    }

    static WeChatSession parse(String body) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat's answer was not JSON");
        }
        int errcode = json.path("errcode").asInt(0);
        switch (errcode) {
            case 0:
                break;
            case 40029:
                throw new WeChatException(WeChatException.Kind.INVALID_CODE, "the login code is invalid (WeChat 40029)");
            case 40163:
                throw new WeChatException(WeChatException.Kind.INVALID_CODE, "the login code was already used (WeChat 40163)");
            case 40226:
                throw new WeChatException(WeChatException.Kind.INVALID_CODE, "WeChat blocked this user as high-risk (WeChat 40226)");
            case 45011:
                throw new WeChatException(WeChatException.Kind.RATE_LIMITED, "too many logins; try again in a minute (WeChat 45011)");
            case -1:
                throw new WeChatException(WeChatException.Kind.BUSY, "WeChat is busy; try again (WeChat -1)");
            default:
                throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat refused the login (WeChat " + errcode + ")");
        }
        String openId = json.path("openid").asText("");
        String sessionKey = json.path("session_key").asText("");
        if (openId.isEmpty() || sessionKey.isEmpty()) {
            throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat's answer had no openid or session_key");
        }
        return new WeChatSession(openId, sessionKey);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
