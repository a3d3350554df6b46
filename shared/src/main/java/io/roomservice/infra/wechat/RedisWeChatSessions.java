package io.roomservice.infra.wechat;

import io.roomservice.domain.wechat.WeChatSessions;
import io.roomservice.infra.redis.Redis;
import java.util.Optional;
import redis.clients.jedis.params.SetParams;

/** The WeChat session_keys in Redis, one key per user ({@link io.roomservice.infra.redis.RedisKeys#weChatSession}) with a TTL. */
public final class RedisWeChatSessions implements WeChatSessions {

    private final Redis redis;

    public RedisWeChatSessions(Redis redis) {
        this.redis = redis;
    }

    @Override
    public void keep(String openId, String sessionKey, long ttlSeconds) {
        redis.call(j -> j.set(redis.keys().weChatSession(openId), sessionKey, SetParams.setParams().ex(ttlSeconds)));
    }

    @Override
    public Optional<String> sessionKey(String openId) {
        return Optional.ofNullable(redis.call(j -> j.get(redis.keys().weChatSession(openId))));
    }
}
