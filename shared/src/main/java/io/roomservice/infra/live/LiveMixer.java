package io.roomservice.infra.live;

import static io.roomservice.config.SettingsCatalogue.LIVE_API_ENDPOINT;
import static io.roomservice.config.SettingsCatalogue.LIVE_API_TIMEOUT_SECONDS;

import io.roomservice.config.SettingValues;
import io.roomservice.domain.roomservice.MixLayout;
import io.roomservice.domain.roomservice.StreamMixer;
import io.roomservice.infra.tencentcloud.CloudApi;
import io.roomservice.infra.sign.Digests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Mixing a live room's RTMP streams through Tencent Cloud Live's mixing API
 * (CreateCommonMixStream / CancelCommonMixStream, the successor of the mix_streamv2
 * start_mix_stream_advanced the original forwarded to). The LiveRoom pushers push to the
 * live-streaming push domain, so their streams are live streams, not TRTC users.
 * The client's layout maps one to one: input_stream_id, image_layer, image_width,
 * image_height, location_x, location_y; the output is the big anchor's stream (an input).
 */
public final class LiveMixer implements StreamMixer {

    static final String PRODUCT = "live";
    static final String VERSION = "2018-08-01";
    /** The mixing actions take no region. */
    private static final String NO_REGION = "";
    /** OutputStreamType 0: the mixed picture replaces one of the inputs (the big anchor's stream). */
    private static final int OUTPUT_IS_AN_INPUT = 0;
    /** What MixStreamSessionId may hold: up to 80 letters, digits and underscores. */
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_]{1,80}");
    private static final String HASHED_SESSION_PREFIX = "mix_";

    private final CloudApi api;

    LiveMixer(CloudApi api) {
        this.api = api;
    }

    /** Settings: the role's TENCENTCLOUD_* credentials, LIVE_API_ENDPOINT, LIVE_API_TIMEOUT_SECONDS. */
    public static LiveMixer from(SettingValues values) {
        return new LiveMixer(CloudApi.of(values, PRODUCT, VERSION, NO_REGION,
                values.text(LIVE_API_ENDPOINT).orElseThrow(), values.integer(LIVE_API_TIMEOUT_SECONDS)));
    }

    @Override
    public void start(String roomId, String outputStream, MixLayout layout, Map<String, String> userOfStream) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<MixLayout.Window> windows = layout.windows();
        for (int i = 0; i < windows.size(); i++) {
            inputs.add(input(windows.get(i), i == 0 && !layout.canvasStated()));
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("OutputStreamName", outputStream);
        output.put("OutputStreamType", OUTPUT_IS_AN_INPUT);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("MixStreamSessionId", sessionId(outputStream));
        request.put("InputStreamList", inputs);
        request.put("OutputParams", output);
        call("CreateCommonMixStream", request, "start");
    }

    @Override
    public void stop(String roomId, String outputStream) {
        call("CancelCommonMixStream", Map.of("MixStreamSessionId", sessionId(outputStream)), "stop");
    }

    /** The big anchor without a stated size keeps its picture's own size, as mix_streamv2 did. */
    private static Map<String, Object> input(MixLayout.Window window, boolean ownSize) {
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("ImageLayer", window.layer());
        if (!ownSize) {
            layout.put("ImageWidth", window.width());
            layout.put("ImageHeight", window.height());
            layout.put("LocationX", window.x());
            layout.put("LocationY", window.y());
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("InputStreamName", window.streamId());
        input.put("LayoutParams", layout);
        return input;
    }

    /**
     * The mixing session of an output stream, as the client named it (its stream id) when
     * that fits the API's rule, otherwise a stable digest of it, so start and stop agree.
     */
    static String sessionId(String outputStream) {
        if (SESSION_ID.matcher(outputStream).matches()) {
            return outputStream;
        }
        return HASHED_SESSION_PREFIX + Digests.lowerHex(Digests.md5(outputStream.getBytes(StandardCharsets.UTF_8)));
    }

    private void call(String action, Map<String, Object> request, String what) {
        try {
            api.call(action, request);
        } catch (CloudApi.CloudApiException e) {
            throw new StreamMixer.MixFailure("live streaming could not " + what + " mixing: " + e.getMessage(), e);
        }
    }
}
