package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.DEFAULT_DB_NAME;
import static io.roomservice.config.SettingsCatalogue.REDIS_CLUSTER_NODES;
import static io.roomservice.config.SettingsCatalogue.REDIS_HOST;
import static io.roomservice.config.SettingsCatalogue.REDIS_KEY_NAMESPACE;
import static io.roomservice.config.SettingsCatalogue.REDIS_PASSWORD;
import static io.roomservice.config.SettingsCatalogue.REDIS_POOL_SIZE;
import static io.roomservice.config.SettingsCatalogue.REDIS_PORT;
import static io.roomservice.config.SettingsCatalogue.REDIS_URL;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * How to reach Redis: one server (REDIS_URL = redis://[:password@]host:port[/db], or REDIS_HOST
 * with REDIS_PORT and REDIS_PASSWORD), or a Redis Cluster (REDIS_CLUSTER_NODES with
 * REDIS_PASSWORD); and the namespace every key starts with.
 */
public final class RedisSettings {

    private final List<Node> clusterNodes;
    private final String host;
    private final int port;
    private final String password;
    private final int database;
    private final int poolSize;
    private final String keyNamespace;

    private RedisSettings(List<Node> clusterNodes, String host, int port, String password, int database, int poolSize,
            String keyNamespace) {
        this.clusterNodes = clusterNodes;
        this.host = host;
        this.port = port;
        this.password = password;
        this.database = database;
        this.poolSize = poolSize;
        this.keyNamespace = keyNamespace;
    }

    /** {@code databaseName}: the deployment's database, the namespace when REDIS_KEY_NAMESPACE is unset. */
    static RedisSettings from(SettingValues values, List<String> problems, String databaseName) {
        int pool = values.integer(REDIS_POOL_SIZE);
        String namespace = values.given(REDIS_KEY_NAMESPACE)
                .orElse(databaseName == null || databaseName.isEmpty() ? DEFAULT_DB_NAME : databaseName);
        if (values.isSet(REDIS_CLUSTER_NODES)) {
            if (values.isSet(REDIS_URL) || values.isSet(REDIS_HOST)) {
                problems.add("REDIS_CLUSTER_NODES and REDIS_URL/REDIS_HOST are both set: set one");
                return null;
            }
            List<Node> nodes = new ArrayList<>();
            for (String item : values.list(REDIS_CLUSTER_NODES)) {
                int colon = item.lastIndexOf(':');
                nodes.add(new Node(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1))));
            }
            return new RedisSettings(List.copyOf(nodes), null, 0, values.given(REDIS_PASSWORD).orElse(null), 0, pool,
                    namespace);
        }
        if (values.isSet(REDIS_URL)) {
            try {
                URI uri = URI.create(values.given(REDIS_URL).get());
                if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                String password = null;
                if (uri.getUserInfo() != null) {
                    String info = uri.getUserInfo();
                    password = info.substring(info.indexOf(':') + 1);
                }
                String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
                int db = path.isEmpty() ? 0 : Integer.parseInt(path);
                return new RedisSettings(List.of(), uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379, password, db,
                        pool, namespace);
            } catch (IllegalArgumentException e) {
                problems.add("REDIS_URL must look like redis://[:password@]host:port[/db]");
                return null;
            }
        }
        if (values.isSet(REDIS_HOST)) {
            return new RedisSettings(List.of(), values.given(REDIS_HOST).get(), values.integer(REDIS_PORT),
                    values.given(REDIS_PASSWORD).orElse(null), 0, pool, namespace);
        }
        if (!values.isRejected(REDIS_URL) && !values.isRejected(REDIS_HOST) && !values.isRejected(REDIS_CLUSTER_NODES)) {
            problems.add("REDIS_URL (or REDIS_HOST, or REDIS_CLUSTER_NODES) is not set");
        }
        return null;
    }

    /** A Redis Cluster (its nodes are {@link #clusterNodes()}) rather than one server. */
    public boolean clustered() {
        return !clusterNodes.isEmpty();
    }

    /** Some nodes of the cluster (the client discovers the rest); empty for one server. */
    public List<Node> clusterNodes() {
        return clusterNodes;
    }

    /** The one server's host; null for a cluster. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Null when Redis needs no password. */
    public String password() {
        return password;
    }

    /** The one server's database number (a cluster has only 0). */
    public int database() {
        return database;
    }

    public int poolSize() {
        return poolSize;
    }

    /** What every key of this deployment starts with ({@code <namespace>:}). */
    public String keyNamespace() {
        return keyNamespace;
    }

    /** One cluster node. */
    public static final class Node {
        private final String host;
        private final int port;

        Node(String host, int port) {
            this.host = host;
            this.port = port;
        }

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }
}
