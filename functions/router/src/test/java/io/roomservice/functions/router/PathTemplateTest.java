package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void placeholdersMatchExactlyOneNonEmptySegment() {
        PathTemplate t = new PathTemplate("/{stage}/base/v1/oauth/register");
        assertFalse(t.isLiteral());
        assertTrue(t.matches("/release/base/v1/oauth/register"));
        assertFalse(t.matches("/base/v1/oauth/register"));
        assertFalse(t.matches("//base/v1/oauth/register"));
        assertFalse(t.matches("/a/b/base/v1/oauth/register"));
        assertFalse(t.matches("/release/base/v1/oauth/signature"));
    }

    @Test
    void literalsMatchThemselvesOnly() {
        PathTemplate t = new PathTemplate("/video/webrtcroom-enter-room");
        assertTrue(t.isLiteral());
        assertTrue(t.matches("/video/webrtcroom-enter-room"));
        assertFalse(t.matches("/video/webrtcroom-enter-room/x"));
    }
}
