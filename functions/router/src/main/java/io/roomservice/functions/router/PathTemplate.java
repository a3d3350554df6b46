package io.roomservice.functions.router;

/**
 * A route path such as {@code /video/webrtcroom-enter-room}, or one with whole-segment
 * placeholders such as {@code /{stage}/base/v1/oauth/register} or
 * {@code /weapp/{type}/login}; a placeholder matches any one non-empty segment.
 */
final class PathTemplate {

    private final String text;
    private final String[] segments;

    PathTemplate(String text) {
        this.text = text;
        this.segments = text.substring(1).split("/", -1);
    }

    boolean isLiteral() {
        return !text.contains("{");
    }

    boolean matches(String path) {
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != segments.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            boolean placeholder = segments[i].startsWith("{") && segments[i].endsWith("}");
            if (placeholder ? parts[i].isEmpty() : !segments[i].equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
