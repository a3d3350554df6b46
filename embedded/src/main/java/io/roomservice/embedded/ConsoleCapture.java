package io.roomservice.embedded;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Keeps the last lines a child process printed, to explain a failed start. */
final class ConsoleCapture implements Consumer<String> {

    private static final int MAX_LINES = 200;

    private final Deque<String> lines = new ArrayDeque<>();

    @Override
    public synchronized void accept(String line) {
        if (lines.size() == MAX_LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized boolean contains(String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }

    @Override
    public synchronized String toString() {
        return lines.isEmpty() ? "(no output)" : String.join("\n", lines);
    }
}
