package io.roomservice.infra.redis;

import io.roomservice.config.RedisSettings;
import io.roomservice.infra.OutsideFailures;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Redis, one server or a Redis Cluster by configuration, through one pooled client created on
 * first use like the database pool.
 *
 * <p>Every pooled connection is checked (PING) when it is taken from the pool: a connection that
 * Redis closed while it lay idle (a Redis restart, a timeout, a frozen SCF instance) is replaced
 * instead of failing the request. A check rather than a retry, because a command whose answer was
 * lost may have run, and running it again (counting an event twice) would be wrong.
 */
public final class Redis implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 2_000;
    private static final String CLIENT_NAME_PREFIX = "room-service:";
    /** A cluster command that meets a moved slot or a lost node follows it this many times. */
    private static final int CLUSTER_MAX_ATTEMPTS = 3;

    /**
     * Jedis logs a connection that fails its check, with a stack trace, as a warning; here
     * that is the expected way a dead connection leaves the pool. Held, as java.util.logging
     * forgets the level of a logger nobody references.
     */
    private static final Logger CONNECTION_CHECKS = Logger.getLogger("redis.clients.jedis.ConnectionFactory");

    static {
        CONNECTION_CHECKS.setLevel(Level.SEVERE);
    }

    private final RedisSettings settings;
    private final RedisKeys keys;
    private volatile UnifiedJedis client;

    public Redis(RedisSettings settings) {
        this.settings = settings;
        this.keys = new RedisKeys(settings.keyNamespace());
    }

    /** Runs one piece of work on the client (a pooled connection per command or pipeline). */
    public <T> T call(Function<UnifiedJedis, T> work) {
        try {
            return work.apply(client());
        } catch (JedisException e) {
            throw new RedisUnavailableException("Redis " + OutsideFailures.describe(e), e);
        }
    }

    /** The names of this deployment's keys. */
    public RedisKeys keys() {
        return keys;
    }

    /** Whether this is a Redis Cluster, where one script or multi-key command reaches one slot only. */
    public boolean clustered() {
        return settings.clustered();
    }

    /**
     * Which keys one script may use together: keys of equal {@code slotOf} live on one node. One
     * server has a single slot.
     */
    public int slotOf(String key) {
        return settings.clustered() ? JedisClusterCRC16.getSlot(key) : 0;
    }

    private UnifiedJedis client() {
        UnifiedJedis c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = settings.clustered() ? newClusterClient() : newServerClient();
                    client = c;
                }
            }
        }
        return c;
    }

    private UnifiedJedis newServerClient() {
        JedisClientConfig config = DefaultJedisClientConfig.builder()
                .timeoutMillis(TIMEOUT_MILLIS)
                .password(settings.password())
                .database(settings.database())
                .clientName(clientName())
                .build();
        return RedisClient.builder()
                .hostAndPort(settings.host(), settings.port())
                .clientConfig(config)
                .poolConfig(poolConfig())
                .build();
    }

    private UnifiedJedis newClusterClient() {
        JedisClientConfig config = DefaultJedisClientConfig.builder()
                .timeoutMillis(TIMEOUT_MILLIS)
                .password(settings.password())
                .clientName(clientName())
                .build();
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        settings.clusterNodes().forEach(n -> nodes.add(new HostAndPort(n.host(), n.port())));
        return RedisClusterClient.builder()
                .nodes(nodes)
                .clientConfig(config)
                .poolConfig(poolConfig())
                .maxAttempts(CLUSTER_MAX_ATTEMPTS)
                .build();
    }

    /** Names the connections in CLIENT LIST, so an operator sees whose they are. */
    public String clientName() {
        return CLIENT_NAME_PREFIX + settings.keyNamespace();
    }

    /** Per server (per node in a cluster). */
    private ConnectionPoolConfig poolConfig() {
        ConnectionPoolConfig config = new ConnectionPoolConfig();
        config.setMaxTotal(settings.poolSize());
        config.setMaxIdle(settings.poolSize());
        config.setMinIdle(0);
        config.setJmxEnabled(false);
        config.setTestOnBorrow(true);
        return config;
    }

    @Override
    public void close() {
        UnifiedJedis c = client;
        if (c != null) {
            c.close();
        }
    }
}
