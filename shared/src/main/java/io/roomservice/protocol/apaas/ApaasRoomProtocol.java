package io.roomservice.protocol.apaas;

import io.roomservice.domain.apaas.ApaasRoom;
import io.roomservice.domain.apaas.Cursor;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.apaas.Page;
import io.roomservice.domain.apaas.RoomMember;
import io.roomservice.domain.apaas.RoomQuery;
import io.roomservice.domain.apaas.RoomStatus;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.Params;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Parameters and reply fields of the aPaaS room endpoints, with the demo apps' field names. */
public final class ApaasRoomProtocol {

    /**
     * A room id is also the IM group id (at most 48 bytes, no "@TGS#" prefix) and the TRTC
     * string room id, so it is kept to characters both accept.
     */
    private static final Pattern ROOM_ID = Pattern.compile("[A-Za-z0-9_.:@#-]{1,48}");
    private static final int MAX_APP_ID = 32;
    private static final int MAX_ROLE = 32;
    private static final DateTimeFormatter UTC_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private ApaasRoomProtocol() {
    }

    public static String roomId(Params p) {
        return optionalRoomId(p).orElseThrow(() -> new ParamException("roomId", "roomId required"));
    }

    public static Optional<String> optionalRoomId(Params p) {
        Optional<String> id = p.optionalText("roomId", 64);
        id.ifPresent(v -> {
            if (!ROOM_ID.matcher(v).matches() || v.startsWith("@TGS#")) {
                throw new ParamException("roomId", "roomId must be 1-48 letters, digits or _ . : @ # - (and not start with @TGS#)");
            }
        });
        return id;
    }

    /** The TRTC / IM sdkAppId the client works in. */
    public static String appId(Params p) {
        return p.optionalText("appId", MAX_APP_ID).orElseThrow(() -> new ParamException("appId", "appId required"));
    }

    public static Optional<String> optionalAppId(Params p) {
        return p.optionalText("appId", MAX_APP_ID);
    }

    public static Optional<String> role(Params p) {
        return p.optionalText("role", MAX_ROLE);
    }

    /** The descriptive fields the call sets; each may be sent empty to clear it. */
    public static RoomFields fields(Params p) {
        return new RoomFields(
                p.clearableText("title", RoomFields.MAX_TITLE),
                p.clearableText("category", RoomFields.MAX_CATEGORY),
                p.clearableText("cover", RoomFields.MAX_COVER),
                p.clearableText("subject", RoomFields.MAX_SUBJECT),
                p.clearableText("description", RoomFields.MAX_DESCRIPTION));
    }

    /** What query_room asks for. */
    public static RoomQuery query(Params p) {
        return new RoomQuery(appId(p), p.optionalText("category", RoomFields.MAX_CATEGORY), p.textList("roomIds", 100, 64),
                utc(p, "startUtc"), utc(p, "endUtc"), order(p), offset(p), cursor(p), limit(p));
    }

    /** A listing's reply: its items as {@code data}, and {@code nextCursor} beside it when another page follows. */
    public static <T> ApaasReply page(String message, Page<T> page, Function<T, Map<String, Object>> render) {
        List<Map<String, Object>> data = new ArrayList<>();
        page.items().forEach(item -> data.add(render.apply(item)));
        ApaasReply reply = new ApaasReply(message, data);
        return page.nextCursor().map(cursor -> reply.with("nextCursor", cursor)).orElse(reply);
    }

    /** query_room's {@code orderBy}: {@code createUtc} (the default, newest first) or {@code totalJoined}. */
    static RoomQuery.Order order(Params p) {
        String order = p.optionalText("orderBy", 16).orElse("createUtc");
        switch (order) {
            case "createUtc":
                return RoomQuery.Order.CREATED;
            case "totalJoined":
                return RoomQuery.Order.TOTAL_JOINED;
            default:
                throw new ParamException("orderBy", "orderBy must be createUtc or totalJoined");
        }
    }

    /** A page size: 0 or absent is the default 10; at most 100. */
    public static int limit(Params p) {
        int limit = p.integer("limit", 10, 0, 100);
        return limit == 0 ? 10 : limit;
    }

    public static int offset(Params p) {
        return p.integer("offset", 0, 0, 1_000_000);
    }

    /** An opaque cursor from a previous page; it replaces offset. */
    public static Optional<Cursor> cursor(Params p) {
        Optional<String> text = p.optionalText("cursor", 200);
        if (text.isPresent() && p.has("offset") && offset(p) > 0) {
            throw new ParamException("cursor", "send offset or cursor, not both");
        }
        try {
            return text.map(Cursor::decode);
        } catch (IllegalArgumentException e) {
            throw new ParamException("cursor", e.getMessage());
        }
    }

    /** A time sent as UTC {@code YYYY-MM-DD HH:mm:ss}, as epoch millis. */
    public static Optional<Long> utc(Params p, String name) {
        return p.optionalText(name, 19).map(text -> {
            try {
                return LocalDateTime.parse(text, UTC_INPUT).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new ParamException(name, name + " must be a UTC time written YYYY-MM-DD HH:mm:ss");
            }
        });
    }

    /** A room as room_detail shows it. */
    public static Map<String, Object> detail(ApaasRoom room) {
        Map<String, Object> data = item(room);
        data.put("appId", room.appId());
        data.put("removed", room.status() == RoomStatus.ENDED ? 1 : 0);
        data.put("createBy", room.owner());
        data.put("updateBy", room.updatedBy());
        return data;
    }

    /** A room as query_room lists it. */
    public static Map<String, Object> item(ApaasRoom room) {
        Map<String, Object> data = described(room);
        data.put("ownBy", room.owner());
        data.put("createUtc", ApaasProtocol.utc(room.createdAt()));
        data.put("updateUtc", ApaasProtocol.utc(room.updatedAt()));
        data.put("status", room.status().label());
        data.put("nnUsers", room.present());
        data.put("totalJoined", room.totalJoined());
        return data;
    }

    /** The fields update_room answers with. */
    public static Map<String, Object> updated(ApaasRoom room) {
        Map<String, Object> data = described(room);
        data.put("status", room.status().label());
        return data;
    }

    /** The room id and the fields its owner describes it with. */
    private static Map<String, Object> described(ApaasRoom room) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roomId", room.roomId());
        data.put("category", room.category());
        data.put("title", room.title());
        data.put("cover", room.cover());
        data.put("subject", room.subject());
        data.put("description", room.description());
        return data;
    }

    public static Map<String, Object> member(RoomMember m) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userId", m.userId());
        data.put("name", m.name());
        data.put("avatar", m.avatar());
        data.put("role", m.role());
        data.put("apaasUserId", m.userId());
        return data;
    }
}
