package io.roomservice.domain.voip;

/** The seats of the VoIP rooms, counted and taken in one atomic step so concurrent joins cannot overfill a room. */
public interface VoipSeats {

    /**
     * Admits {@code openId} to the room at {@code nowSeconds} (epoch seconds) when they already
     * hold a seat or one of {@code capacity} is free; a member holds their seat for
     * {@code membershipSeconds} after their last admission. False when the room is full.
     */
    boolean admit(String groupId, String openId, long nowSeconds, long membershipSeconds, int capacity);
}
