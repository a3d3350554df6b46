package io.roomservice.protocol.roomservice;

import io.roomservice.domain.roomservice.Audience;
import io.roomservice.domain.roomservice.MixLayout;
import io.roomservice.domain.roomservice.Pusher;
import io.roomservice.domain.roomservice.RoomData;
import io.roomservice.domain.roomservice.StreamUrls;
import io.roomservice.protocol.Params;
import io.roomservice.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parameters and replies of the RoomService actions, with the original field names
 * ({@code roomID}, {@code roomInfo}, {@code roomCreator}, {@code mixedPlayURL}, {@code custom}
 * as a JSON string, {@code pushers[{userID, userName, userAvatar, accelerateURL}]}).
 * No reply carries a push URL other than the caller's own.
 */
public final class RoomServiceProtocol {

    /** Room ids double as IM group ids: ASCII letters, digits, _ and -, at most 48. */
    private static final Pattern ROOM_ID = Pattern.compile("[A-Za-z0-9_-]{1,48}");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    public static final int MAX_ROOM_INFO_BYTES = 1024;
    public static final int MAX_PAGE = 100;

    private RoomServiceProtocol() {
    }

    public static String roomId(Params params) {
        return optionalRoomId(params).orElseThrow(() -> bad("roomID is required"));
    }

    public static Optional<String> optionalRoomId(Params params) {
        Optional<String> id = params.optionalText("roomID", 64);
        if (id.isPresent() && !ROOM_ID.matcher(id.get()).matches()) {
            throw bad("roomID must be 1 to 48 letters, digits, _ or -");
        }
        return id;
    }

    /** roomInfo (the client's JSON text), at most 1024 bytes as UTF-8; empty when absent. */
    public static String roomInfo(Params params) {
        String info = params.optionalText("roomInfo", 64 * 1024).orElse("");
        if (info.getBytes(StandardCharsets.UTF_8).length > MAX_ROOM_INFO_BYTES) {
            throw new RoomServiceException(RoomServiceCode.TOO_LONG, "roomInfo 字符串字节长度不能超过1024字节");
        }
        return info;
    }

    public static String userName(Params params) {
        return params.optionalText("userName", 64).orElse("");
    }

    public static String userAvatar(Params params) {
        return params.optionalText("userAvatar", 512).orElse("");
    }

    public static String pushUrl(Params params) {
        return params.requiredText("pushURL", 1024);
    }

    /** An audience member's user info (the clients send {@code {userName, userAvatar}} as JSON text). */
    public static String userInfo(Params params) {
        return params.optionalText("userInfo", 1024).orElse("");
    }

    public static int index(Params params) {
        return params.integer("index", 0, 0, 1_000_000);
    }

    public static int count(Params params) {
        return params.integer("cnt", 20, 1, MAX_PAGE);
    }

    public static String fieldName(Params params) {
        String name = params.requiredText("fieldName", 64);
        if (!FIELD_NAME.matcher(name).matches()) {
            throw bad("fieldName must be 1 to 64 letters, digits or _");
        }
        return name;
    }

    /**
     * The client's mergeParams (mix_streamv2 form, as an object or JSON text):
     * {@code interface.para.input_stream_list[{input_stream_id, layout_params{image_layer,
     * image_width, image_height, location_x, location_y}}]}, the big anchor first; its size
     * (default 360x640, the LiveRoom client's own default, which it places the small windows
     * for) is the canvas.
     */
    private static final int CLIENT_DEFAULT_BIG_ANCHOR_WIDTH = 360;
    private static final int CLIENT_DEFAULT_BIG_ANCHOR_HEIGHT = 640;

    @SuppressWarnings("unchecked")
    public static MixLayout mixLayout(Params params) {
        try {
            Map<String, Object> merge = params.jsonObject("mergeParams", 16 * 1024)
                    .orElseThrow(() -> new IllegalArgumentException("mergeParams is required"));
            Object para = ((Map<String, Object>) merge.getOrDefault("interface", Map.of())).get("para");
            Object list = para instanceof Map ? ((Map<String, Object>) para).get("input_stream_list") : null;
            if (!(list instanceof List)) {
                throw new IllegalArgumentException("interface.para.input_stream_list is required");
            }
            List<MixLayout.Window> windows = new ArrayList<>();
            int canvasWidth = CLIENT_DEFAULT_BIG_ANCHOR_WIDTH;
            int canvasHeight = CLIENT_DEFAULT_BIG_ANCHOR_HEIGHT;
            boolean canvasStated = false;
            for (Object item : (List<Object>) list) {
                if (!(item instanceof Map) || !(((Map<String, Object>) item).get("input_stream_id") instanceof String)) {
                    throw new IllegalArgumentException("every input needs an input_stream_id");
                }
                Map<String, Object> input = (Map<String, Object>) item;
                Object rawLayout = input.getOrDefault("layout_params", Map.of());
                Map<String, Object> layout = rawLayout instanceof Map ? (Map<String, Object>) rawLayout : Map.of();
                int layer = whole(layout, "image_layer", windows.isEmpty() ? 1 : 0);
                if (windows.isEmpty()) {
                    canvasStated = layout.containsKey("image_width") && layout.containsKey("image_height");
                    canvasWidth = whole(layout, "image_width", canvasWidth);
                    canvasHeight = whole(layout, "image_height", canvasHeight);
                    windows.add(new MixLayout.Window((String) input.get("input_stream_id"), layer, 0, 0, canvasWidth, canvasHeight));
                } else {
                    windows.add(new MixLayout.Window((String) input.get("input_stream_id"), layer,
                            whole(layout, "location_x", -1), whole(layout, "location_y", -1),
                            whole(layout, "image_width", 0), whole(layout, "image_height", 0)));
                }
            }
            return MixLayout.of(canvasWidth, canvasHeight, windows, canvasStated);
        } catch (IllegalArgumentException | io.roomservice.protocol.ParamException e) {
            throw new RoomServiceException(RoomServiceCode.TOO_LONG, "mergeParams 不是合法的JSON格式的字符串: " + e.getMessage());
        } catch (ClassCastException e) {
            // Its message names Java classes: the caller learns only which shape was wrong.
            throw new RoomServiceException(RoomServiceCode.TOO_LONG, "mergeParams 不是合法的JSON格式的字符串: interface must be an object");
        }
    }

    private static int whole(Map<String, Object> layout, String name, int fallback) {
        Object v = layout.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer)) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
        return (Integer) v;
    }

    public static RoomServiceReply pushers(RoomData room, StreamUrls urls) {
        RoomServiceReply reply = RoomServiceReply.ok();
        room(room, urls).forEach(reply::with);
        return reply;
    }

    public static RoomServiceReply roomList(List<RoomData> rooms, StreamUrls urls) {
        List<Map<String, Object>> out = new ArrayList<>(rooms.size());
        for (RoomData room : rooms) {
            out.add(room(room, urls));
        }
        return RoomServiceReply.ok().with("rooms", out);
    }

    public static RoomServiceReply audiences(List<Audience> audiences) {
        List<Map<String, Object>> out = new ArrayList<>(audiences.size());
        for (Audience a : audiences) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("userID", a.userId());
            item.put("userInfo", a.userInfo());
            out.add(item);
        }
        return RoomServiceReply.ok().with("audienceCount", audiences.size()).with("audiences", out);
    }

    public static RoomServiceReply custom(Map<String, Long> custom) {
        return RoomServiceReply.ok().with("custom", Json.write(custom));
    }

    private static Map<String, Object> room(RoomData room, StreamUrls urls) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("roomID", room.roomId());
        out.put("roomInfo", room.roomInfo());
        out.put("roomCreator", room.creator());
        out.put("mixedPlayURL", room.mixedStream() == null ? "" : urls.mixedPlayUrl(room.mixedStream()));
        out.put("custom", Json.write(room.custom()));
        if (room.type().hasAudiences()) {
            out.put("audienceCount", room.audienceCount());
        }
        List<Map<String, Object>> pushers = new ArrayList<>(room.pushers().size());
        for (Pusher p : room.pushers()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("userID", p.userId());
            item.put("userName", p.userName());
            item.put("userAvatar", p.userAvatar());
            item.put("accelerateURL", urls.accelerateUrl(p.streamId()));
            pushers.add(item);
        }
        out.put("pushers", pushers);
        return out;
    }

    static RoomServiceException bad(String message) {
        return new RoomServiceException(RoomServiceCode.BAD_PARAMETER, "参数不全: " + message);
    }
}
