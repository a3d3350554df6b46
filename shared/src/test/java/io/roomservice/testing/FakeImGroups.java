package io.roomservice.testing;

import io.roomservice.runtime.Json;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.Reply;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * IM's group registry on a loopback RecordingHttpServer: create_group and destroy_group
 * change a set of groups and answer like IM (10025 for a group this app already has, 10010
 * for one that is gone). {@link #dropNext} makes the next calls of a command do their work
 * and then drop the connection unanswered: the worst case, IM did it but the caller cannot
 * know; {@link #failNext} drops them without doing anything (IM unreachable). Counts every group created and destroyed, so a test can tell what leaked.
 */
public final class FakeImGroups {

    public static final String CREATE = "/v4/group_open_http_svc/create_group";
    public static final String DESTROY = "/v4/group_open_http_svc/destroy_group";
    private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
    private static final String ALREADY_OURS = "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10025,\"ErrorInfo\":\"group id has been used\"}";
    private static final String NOT_FOUND = "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10010,\"ErrorInfo\":\"group not found\"}";

    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger destroyed = new AtomicInteger();
    private final AtomicInteger createDrops = new AtomicInteger();
    private final AtomicInteger destroyDrops = new AtomicInteger();
    private final AtomicInteger createFailures = new AtomicInteger();
    private final AtomicInteger destroyFailures = new AtomicInteger();

    private FakeImGroups() {
    }

    /** Programs create_group and destroy_group on the server. */
    public static FakeImGroups on(RecordingHttpServer im) {
        FakeImGroups fake = new FakeImGroups();
        im.respondWith(CREATE, fake::create);
        im.respondWith(DESTROY, fake::destroy);
        return fake;
    }

    /** The next {@code n} calls of {@code path} (CREATE or DESTROY) do their work, then drop the connection. */
    public void dropNext(String path, int n) {
        (CREATE.equals(path) ? createDrops : destroyDrops).set(n);
    }

    /** The next {@code n} calls of {@code path} (CREATE or DESTROY) drop the connection without doing anything. */
    public void failNext(String path, int n) {
        (CREATE.equals(path) ? createFailures : destroyFailures).set(n);
    }

    public boolean exists(String groupId) {
        return live.contains(groupId);
    }

    /** Groups IM made (a repeated create of an existing group does not count). */
    public int created() {
        return created.get();
    }

    /** Groups IM removed (a destroy of a group already gone does not count). */
    public int destroyed() {
        return destroyed.get();
    }

    /** Groups that exist now. */
    public int leaked() {
        return live.size();
    }

    private Reply create(RecordedRequest request) {
        if (takeOne(createFailures)) {
            return Reply.dropConnection();
        }
        String id = groupId(request);
        boolean fresh = live.add(id);
        if (fresh) {
            created.incrementAndGet();
        }
        return answer(createDrops, fresh ? OK : ALREADY_OURS);
    }

    private Reply destroy(RecordedRequest request) {
        if (takeOne(destroyFailures)) {
            return Reply.dropConnection();
        }
        boolean gone = live.remove(groupId(request));
        if (gone) {
            destroyed.incrementAndGet();
        }
        return answer(destroyDrops, gone ? OK : NOT_FOUND);
    }

    private static Reply answer(AtomicInteger drops, String body) {
        return takeOne(drops) ? Reply.dropConnection() : Reply.json(body);
    }

    private static boolean takeOne(AtomicInteger count) {
        return count.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    private static String groupId(RecordedRequest request) {
        return (String) Json.readObject(request.body()).get("GroupId");
    }
}
