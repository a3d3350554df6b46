package io.roomservice.embedded;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Redis Cluster of three masters (no replicas) on 127.0.0.1, each an embedded redis-server in
 * cluster mode holding a third of the 16384 slots: the smallest real cluster, where a script or
 * multi-key command over keys of different slots fails as it would in production.
 */
public final class EmbeddedRedisCluster implements AutoCloseable {

    private static final int MASTERS = 3;
    private static final int SLOTS = 16_384;
    private static final long READY_TIMEOUT_MILLIS = 30_000;
    private static final long READY_POLL_MILLIS = 50;

    private final List<EmbeddedRedis> nodes;

    private EmbeddedRedisCluster(List<EmbeddedRedis> nodes) {
        this.nodes = nodes;
    }

    /** Starts the nodes, shares out the slots, introduces the nodes, and waits for cluster_state:ok. */
    public static EmbeddedRedisCluster start() throws IOException {
        List<EmbeddedRedis> nodes = new ArrayList<>();
        EmbeddedRedisCluster cluster = new EmbeddedRedisCluster(nodes);
        try {
            for (int i = 0; i < MASTERS; i++) {
                nodes.add(EmbeddedRedis.startClusterNode());
            }
            cluster.assemble();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The nodes' ports. */
    public List<Integer> ports() {
        return nodes.stream().map(EmbeddedRedis::port).collect(Collectors.toList());
    }

    /** {@code 127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3}, as REDIS_CLUSTER_NODES takes them. */
    public String nodeList() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    private void assemble() throws IOException {
        for (int i = 0; i < MASTERS; i++) {
            List<String> addSlots = new ArrayList<>(List.of("CLUSTER", "ADDSLOTS"));
            for (int slot = SLOTS * i / MASTERS; slot < SLOTS * (i + 1) / MASTERS; slot++) {
                addSlots.add(Integer.toString(slot));
            }
            try (RespConnection node = new RespConnection(nodes.get(i).port())) {
                node.command(addSlots);
            }
        }
        try (RespConnection first = new RespConnection(nodes.get(0).port())) {
            for (int i = 1; i < MASTERS; i++) {
                first.command("CLUSTER", "MEET", "127.0.0.1", Integer.toString(nodes.get(i).port()));
            }
        }
        awaitReady();
    }

    /** Every node must see all slots served and all nodes, or a client may still meet CLUSTERDOWN. */
    private void awaitReady() throws IOException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            boolean ready = true;
            for (EmbeddedRedis node : nodes) {
                try (RespConnection connection = new RespConnection(node.port())) {
                    last = (String) connection.command("CLUSTER", "INFO");
                }
                if (!last.contains("cluster_state:ok") || !last.contains("cluster_known_nodes:" + MASTERS)) {
                    ready = false;
                    break;
                }
            }
            if (ready) {
                return;
            }
            try {
                Thread.sleep(READY_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while the Redis Cluster formed", e);
            }
        }
        throw new IOException("The Redis Cluster on ports " + ports() + " did not form within "
                + READY_TIMEOUT_MILLIS + " ms; last CLUSTER INFO:\n" + last);
    }

    @Override
    public void close() {
        nodes.forEach(EmbeddedRedis::close);
    }
}
