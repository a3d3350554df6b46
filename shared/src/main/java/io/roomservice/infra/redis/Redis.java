package io.roomservice.infra.redis;

import io.roomservice.config.RedisSettings;
import io.roomservice.infra.OutsideFailures;
import java.util.function.Function;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisException;

/** Redis through a small Jedis pool, created on first use like the database pool. */
public final class Redis implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final RedisSettings settings;
    private volatile JedisPool pool;

    public Redis(RedisSettings settings) {
        this.settings = settings;
    }

    /** Runs one piece of work on a pooled connection. */
    public <T> T call(Function<Jedis, T> work) {
        try (Jedis jedis = pool().getResource()) {
            return work.apply(jedis);
        } catch (JedisException e) {
            throw new RedisUnavailableException("Redis " + OutsideFailures.describe(e), e);
        }
    }

    private JedisPool pool() {
        JedisPool p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    JedisPoolConfig config = new JedisPoolConfig();
                    config.setMaxTotal(settings.poolSize());
                    config.setMaxIdle(settings.poolSize());
                    config.setMinIdle(0);
                    config.setJmxEnabled(false);
                    p = new JedisPool(config, settings.host(), settings.port(), TIMEOUT_MILLIS,
                            settings.password(), settings.database());
                    pool = p;
                }
            }
        }
        return p;
    }

    @Override
    public void close() {
        JedisPool p = pool;
        if (p != null) {
            p.close();
        }
    }
}
