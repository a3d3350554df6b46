package io.roomservice.domain.roomservice;

import java.util.List;

/**
 * A picture-in-picture layout for a live room's mixed stream: a canvas the size of the big
 * anchor's picture and one window per input stream, the big anchor first on layer 1.
 * Built only through {@link #of}, which enforces the rules (TV-12 is a valid example).
 */
public final class MixLayout {

    public static final int MAX_INPUTS = 16;
    public static final int MAX_SIDE = 4096;

    /** One input stream's window on the canvas. */
    public static final class Window {
        final String streamId;
        final int layer;
        final int x;
        final int y;
        final int width;
        final int height;

        public Window(String streamId, int layer, int x, int y, int width, int height) {
            this.streamId = streamId;
            this.layer = layer;
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
        }

        public String streamId() {
            return streamId;
        }

        public int layer() {
            return layer;
        }

        public int x() {
            return x;
        }

        public int y() {
            return y;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }

    final int canvasWidth;
    final int canvasHeight;
    final boolean canvasStated;
    final List<Window> windows;

    private MixLayout(int canvasWidth, int canvasHeight, boolean canvasStated, List<Window> windows) {
        this.canvasWidth = canvasWidth;
        this.canvasHeight = canvasHeight;
        this.canvasStated = canvasStated;
        this.windows = List.copyOf(windows);
    }

    /** {@link #of(int, int, List, boolean)} with a canvas size the client stated. */
    public static MixLayout of(int canvasWidth, int canvasHeight, List<Window> windows) {
        return of(canvasWidth, canvasHeight, windows, true);
    }

    /**
     * The layout, or an IllegalArgumentException saying which rule a window breaks: the
     * first window is the big anchor on layer 1 and fills the canvas; every other window has
     * its own layer above 1 and lies inside the canvas. {@code canvasStated} is false when the
     * client left the big anchor's size out (its picture's own size applies; the canvas is the
     * size the client placed the small windows for).
     */
    public static MixLayout of(int canvasWidth, int canvasHeight, List<Window> windows, boolean canvasStated) {
        if (canvasWidth < 1 || canvasHeight < 1 || canvasWidth > MAX_SIDE || canvasHeight > MAX_SIDE) {
            throw new IllegalArgumentException("the big anchor's picture must be 1 to " + MAX_SIDE + " pixels a side");
        }
        if (windows.isEmpty() || windows.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("input_stream_list must hold 1 to " + MAX_INPUTS + " streams");
        }
        if (windows.get(0).layer != 1) {
            throw new IllegalArgumentException("the first input stream is the big anchor, on image_layer 1");
        }
        boolean[] used = new boolean[MAX_INPUTS + 1];
        for (int i = 1; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (w.layer < 2 || w.layer > MAX_INPUTS || used[w.layer]) {
                throw new IllegalArgumentException("every small window needs its own image_layer from 2 to " + MAX_INPUTS);
            }
            used[w.layer] = true;
            if (w.width < 1 || w.height < 1 || w.x < 0 || w.y < 0
                    || (long) w.x + w.width > canvasWidth || (long) w.y + w.height > canvasHeight) {
                throw new IllegalArgumentException("window " + (i + 1) + " does not lie inside the " + canvasWidth + "x" + canvasHeight + " canvas");
            }
        }
        return new MixLayout(canvasWidth, canvasHeight, canvasStated, windows);
    }

    public int canvasWidth() {
        return canvasWidth;
    }

    public int canvasHeight() {
        return canvasHeight;
    }

    /** Whether the client gave the big anchor's picture size (image_width and image_height). */
    public boolean canvasStated() {
        return canvasStated;
    }

    /** The big anchor's window first; it fills the canvas. */
    public List<Window> windows() {
        return windows;
    }

    /** One input only: nothing to mix, so mixing stops. */
    public boolean isSingle() {
        return windows.size() == 1;
    }
}
