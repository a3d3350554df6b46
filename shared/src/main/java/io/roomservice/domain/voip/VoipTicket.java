package io.roomservice.domain.voip;

/** The parameters wx.joinVoIPChat needs: signature, nonceStr, timeStamp, groupId. */
public final class VoipTicket {

    private final String signature;
    private final String nonceStr;
    private final String timeStamp;
    private final String groupId;

    VoipTicket(String signature, String nonceStr, String timeStamp, String groupId) {
        this.signature = signature;
        this.nonceStr = nonceStr;
        this.timeStamp = timeStamp;
        this.groupId = groupId;
    }

    public String signature() {
        return signature;
    }

    public String nonceStr() {
        return nonceStr;
    }

    public String timeStamp() {
        return timeStamp;
    }

    public String groupId() {
        return groupId;
    }
}
