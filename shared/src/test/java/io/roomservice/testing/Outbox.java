package io.roomservice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.runtime.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the room events journal wrote to the webhook outbox, read back for tests. */
public final class Outbox {

    /** One outbox row with its body parsed. */
    public static final class Event {
        public final long sid;
        public final long seq;
        public final String type;
        public final String tenant;
        public final Map<String, Object> body;

        Event(long sid, long seq, String type, String tenant, Map<String, Object> body) {
            this.sid = sid;
            this.seq = seq;
            this.type = type;
            this.tenant = tenant;
            this.body = body;
        }

        @SuppressWarnings("unchecked")
        public String member() {
            Map<String, Object> m = (Map<String, Object>) body.get("member");
            return m == null ? null : (String) m.get("userId");
        }

        @SuppressWarnings("unchecked")
        public String role() {
            Map<String, Object> m = (Map<String, Object>) body.get("member");
            return m == null ? null : (String) m.get("role");
        }

        public String reason() {
            return (String) body.get("reason");
        }

        /** type, then member and role when there is one, then reason when there is one: "member_left u1 audience kicked". */
        public String summary() {
            StringBuilder s = new StringBuilder(type);
            if (member() != null) {
                s.append(' ').append(member()).append(' ').append(role());
            }
            if (reason() != null) {
                s.append(' ').append(reason());
            }
            return s.toString();
        }

        @Override
        public String toString() {
            return sid + "#" + seq + " " + summary();
        }
    }

    private Outbox() {
    }

    /** Every event in the outbox, by room and sequence. */
    public static List<Event> all(App app) {
        return AppStores.database(app).read(c -> {
            List<Event> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT room_sid, seq, event_type, tenant, body FROM webhook_outbox"
                    + " ORDER BY room_sid, seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Event(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Json.readObject(rs.getString(5))));
                }
            }
            return out;
        });
    }

    /** The events of one room (by its kind and id: the newest room of that id), in sequence order. */
    public static List<Event> ofRoom(App app, String kind, String roomId) {
        long sid = AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(room_sid) FROM webhook_outbox WHERE body LIKE ?")) {
                ps.setString(1, "%\"room\":{\"kind\":\"" + kind + "\",\"id\":\"" + roomId + "\",%");
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        List<Event> out = new ArrayList<>();
        for (Event e : all(app)) {
            if (e.sid == sid) {
                out.add(e);
            }
        }
        return out;
    }

    /** The summaries of the events, in order. */
    public static List<String> summaries(List<Event> events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.summary()));
        return out;
    }

    /** Asserts each room's events are numbered 1..n in the order written, and the body says the same as the row. */
    public static void assertContiguous(List<Event> events) {
        Map<Long, Long> last = new TreeMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : events) {
            long expected = last.getOrDefault(e.sid, 0L) + 1;
            assertEquals(expected, e.seq, "room #" + e.sid + " numbers its events without gap");
            last.put(e.sid, e.seq);
            assertEquals(e.seq, ((Number) e.body.get("seq")).longValue());
            assertEquals(e.type, e.body.get("type"));
            assertEquals(e.tenant, e.body.get("tenant"));
            assertEquals(1, 0 + (ids.add((String) e.body.get("id")) ? 1 : 0), "event ids are unique");
        }
    }

    /**
     * Each room's members as its member_joined and member_left events, replayed in order, leave
     * them (a join of a member already in, or a leave of one not in, fails the test); an ended
     * room must end with nobody in it. Room sid to members.
     */
    public static Map<Long, Set<String>> replay(List<Event> events) {
        Map<Long, Set<String>> members = new TreeMap<>();
        for (Event e : events) {
            Set<String> in = members.computeIfAbsent(e.sid, sid -> new LinkedHashSet<>());
            switch (e.type) {
                case "member_joined":
                    assertEquals(true, in.add(memberKey(e)), "joined twice: " + e);
                    break;
                case "member_left":
                    assertEquals(true, in.remove(memberKey(e)), "left without being in: " + e);
                    break;
                case "room_ended":
                    assertEquals(Set.of(), in, "members still in when the room ended: " + e);
                    break;
                default:
                    break;
            }
        }
        return members;
    }

    /**
     * A RoomService user may be audience and pusher of one room at once (link-mic): two
     * memberships. In the other families a user is in a room once, whatever their role.
     */
    private static String memberKey(Event e) {
        boolean coreOnly = Set.of("apaas", "webrtc", "live").contains(((Map<?, ?>) e.body.get("room")).get("kind"));
        return !coreOnly && "audience".equals(e.role()) ? e.member() + "/audience" : e.member();
    }

    /** The body of the first event, for tests of its exact shape. */
    public static Map<String, Object> firstBody(List<Event> events) {
        return new LinkedHashMap<>(events.get(0).body);
    }

    /** Each open room (of any family) by sid, with its stored members: what a replay of its events must give. */
    public static Map<Long, Set<String>> openMemberships(App app) {
        return AppStores.database(app).read(c -> {
            Map<Long, Set<String>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, m.user_id FROM rooms r"
                    + " LEFT JOIN room_members m ON m.room_pk = r.id WHERE r.ended_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<String> members = out.computeIfAbsent(rs.getLong(1), pk -> new TreeSet<>());
                    if (rs.getString(2) != null) {
                        members.add(rs.getString(2));
                    }
                }
            }
            return out;
        });
    }
}
