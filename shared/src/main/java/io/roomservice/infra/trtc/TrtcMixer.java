package io.roomservice.infra.trtc;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.EncodeParams;
import com.tencentcloudapi.trtc.v20190722.models.LayoutParams;
import com.tencentcloudapi.trtc.v20190722.models.OutputParams;
import com.tencentcloudapi.trtc.v20190722.models.PresetLayoutConfig;
import com.tencentcloudapi.trtc.v20190722.models.StartMCUMixTranscodeByStrRoomIdRequest;
import com.tencentcloudapi.trtc.v20190722.models.StopMCUMixTranscodeByStrRoomIdRequest;
import io.roomservice.config.SettingValues;
import io.roomservice.domain.roomservice.MixLayout;
import io.roomservice.domain.roomservice.StreamMixer;
import java.util.List;
import java.util.Map;

/**
 * Mixing through the TRTC server API (StartMCUMixTranscodeByStrRoomId /
 * StopMCUMixTranscodeByStrRoomId) with tencentcloud-sdk-java, configured as {@link TrtcClients} says.
 */
public final class TrtcMixer implements StreamMixer {

    /** TRTC's custom ("preset") layout template. */
    private static final long CUSTOM_TEMPLATE = 4;

    private final long sdkAppId;
    private final TrtcClient client;

    private TrtcMixer(long sdkAppId, TrtcClient client) {
        this.sdkAppId = sdkAppId;
        this.client = client;
    }

    public static TrtcMixer from(SettingValues values, long sdkAppId) {
        return new TrtcMixer(sdkAppId, TrtcClients.from(values, "merge_stream"));
    }

    @Override
    public void start(String roomId, String outputStream, MixLayout layout, Map<String, String> userOfStream) {
        StartMCUMixTranscodeByStrRoomIdRequest request = new StartMCUMixTranscodeByStrRoomIdRequest();
        request.setSdkAppId(sdkAppId);
        request.setStrRoomId(roomId);
        OutputParams output = new OutputParams();
        output.setStreamId(outputStream);
        request.setOutputParams(output);
        EncodeParams encode = new EncodeParams();
        encode.setVideoWidth((long) layout.canvasWidth());
        encode.setVideoHeight((long) layout.canvasHeight());
        encode.setVideoBitrate(layout.canvasWidth() * (long) layout.canvasHeight() >= 540L * 960 ? 1200L : 800L);
        encode.setVideoFramerate(15L);
        encode.setVideoGop(2L);
        encode.setAudioSampleRate(48000L);
        encode.setAudioBitrate(64L);
        encode.setAudioChannels(2L);
        request.setEncodeParams(encode);
        LayoutParams layoutParams = new LayoutParams();
        layoutParams.setTemplate(CUSTOM_TEMPLATE);
        List<MixLayout.Window> boxes = layout.windows();
        PresetLayoutConfig[] presets = new PresetLayoutConfig[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            MixLayout.Window b = boxes.get(i);
            PresetLayoutConfig p = new PresetLayoutConfig();
            p.setUserId(userOfStream.get(b.streamId()));
            p.setStreamType(0L);
            p.setZOrder((long) b.layer());
            p.setLocationX((long) b.x());
            p.setLocationY((long) b.y());
            p.setImageWidth((long) b.width());
            p.setImageHeight((long) b.height());
            presets[i] = p;
        }
        layoutParams.setPresetLayoutConfig(presets);
        request.setLayoutParams(layoutParams);
        try {
            client.StartMCUMixTranscodeByStrRoomId(request);
        } catch (TencentCloudSDKException e) {
            throw failed("start", e);
        }
    }

    @Override
    public void stop(String roomId, String outputStream) {
        StopMCUMixTranscodeByStrRoomIdRequest request = new StopMCUMixTranscodeByStrRoomIdRequest();
        request.setSdkAppId(sdkAppId);
        request.setStrRoomId(roomId);
        try {
            client.StopMCUMixTranscodeByStrRoomId(request);
        } catch (TencentCloudSDKException e) {
            throw failed("stop", e);
        }
    }

    private static StreamMixer.MixFailure failed(String what, TencentCloudSDKException e) {
        String code = e.getErrorCode() == null || e.getErrorCode().isEmpty() ? "no answer" : e.getErrorCode();
        return new StreamMixer.MixFailure("TRTC could not " + what + " mixing: " + code
                + (e.getRequestId() == null || e.getRequestId().isEmpty() ? "" : " (request " + e.getRequestId() + ")"), e);
    }
}
