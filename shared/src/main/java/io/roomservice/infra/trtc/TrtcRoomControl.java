package io.roomservice.infra.trtc;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.DismissRoomByStrRoomIdRequest;
import com.tencentcloudapi.trtc.v20190722.models.DismissRoomRequest;
import com.tencentcloudapi.trtc.v20190722.models.RemoveUserByStrRoomIdRequest;
import com.tencentcloudapi.trtc.v20190722.models.RemoveUserRequest;
import io.roomservice.config.SettingValues;
import io.roomservice.domain.apaas.MediaRooms;

/**
 * TRTC room control through the TRTC server API with tencentcloud-sdk-java: DismissRoom /
 * RemoveUser for numeric room ids (1..4294967295) and the ...ByStrRoomId calls for the
 * rest, configured as {@link TrtcClients} says. A room that does not exist (nobody ever
 * entered it, or it is already gone) counts as done.
 */
public final class TrtcRoomControl implements MediaRooms {

    private static final String ROOM_NOT_EXIST = "FailedOperation.RoomNotExist";
    private static final long MAX_NUMERIC_ROOM = 4_294_967_295L;

    private final long sdkAppId;
    private final TrtcClient client;

    private TrtcRoomControl(long sdkAppId, TrtcClient client) {
        this.sdkAppId = sdkAppId;
        this.client = client;
    }

    public static TrtcRoomControl from(SettingValues values, long sdkAppId) {
        return new TrtcRoomControl(sdkAppId, TrtcClients.from(values, "TRTC room control"));
    }

    @Override
    public void dismiss(String roomId) {
        try {
            Long numeric = numeric(roomId);
            if (numeric != null) {
                DismissRoomRequest request = new DismissRoomRequest();
                request.setSdkAppId(sdkAppId);
                request.setRoomId(numeric);
                client.DismissRoom(request);
            } else {
                DismissRoomByStrRoomIdRequest request = new DismissRoomByStrRoomIdRequest();
                request.setSdkAppId(sdkAppId);
                request.setRoomId(roomId);
                client.DismissRoomByStrRoomId(request);
            }
        } catch (TencentCloudSDKException e) {
            if (!ROOM_NOT_EXIST.equals(e.getErrorCode())) {
                throw failed("dismiss room " + roomId, e);
            }
        }
    }

    @Override
    public void remove(String roomId, String userId) {
        try {
            Long numeric = numeric(roomId);
            if (numeric != null) {
                RemoveUserRequest request = new RemoveUserRequest();
                request.setSdkAppId(sdkAppId);
                request.setRoomId(numeric);
                request.setUserIds(new String[] {userId});
                client.RemoveUser(request);
            } else {
                RemoveUserByStrRoomIdRequest request = new RemoveUserByStrRoomIdRequest();
                request.setSdkAppId(sdkAppId);
                request.setRoomId(roomId);
                request.setUserIds(new String[] {userId});
                client.RemoveUserByStrRoomId(request);
            }
        } catch (TencentCloudSDKException e) {
            if (!ROOM_NOT_EXIST.equals(e.getErrorCode())) {
                throw failed("remove " + userId + " from room " + roomId, e);
            }
        }
    }

    /** The room id as TRTC's numeric RoomId, or null when it must go by string. */
    static Long numeric(String roomId) {
        if (roomId.isEmpty() || roomId.length() > 10 || roomId.charAt(0) == '0' || !roomId.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long value = Long.parseLong(roomId);
        return value <= MAX_NUMERIC_ROOM ? value : null;
    }

    private static TrtcRoomException failed(String what, TencentCloudSDKException e) {
        String code = e.getErrorCode() == null || e.getErrorCode().isEmpty() ? "no answer" : e.getErrorCode();
        return new TrtcRoomException("TRTC could not " + what + ": " + code
                + (e.getRequestId() == null || e.getRequestId().isEmpty() ? "" : " (request " + e.getRequestId() + ")"), e);
    }
}
