package io.roomservice.domain.roomservice;

import java.util.Map;

/** Starts and stops the mixing of a room's streams into its mixed stream. */
public interface StreamMixer {

    /** Mixes the room's streams into {@code outputStream}; {@code userOfStream} names each input's user. */
    void start(String roomId, String outputStream, MixLayout layout, Map<String, String> userOfStream);

    /** Stops the mixing that {@link #start} began into {@code outputStream}. */
    void stop(String roomId, String outputStream);

    /** The mixing service did not carry out a call: it refused it, or no answer came. */
    class MixFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MixFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
