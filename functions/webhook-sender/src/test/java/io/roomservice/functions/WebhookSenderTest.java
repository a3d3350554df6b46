package io.roomservice.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.runtime.Json;
import io.roomservice.testing.OutboxRows;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.TestContext;
import io.roomservice.testkit.WebhookReceiver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private static final String KEY = "whsec_" + TestApps.randomHex(16);
    private static final Map<String, Object> TIMER = Map.of("Type", "Timer", "TriggerName", "webhook-sender",
            "Time", "2026-01-01T00:00:00Z", "Message", "");

    @Test
    void eventsOfAnInstanceKilledBetweenCommitAndSendAreAllDeliveredByTheNextTimerRun() {
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            WebhookReceiver receiver = new WebhookReceiver(KEY);
            server.respondWith("/hook", receiver);
            Map<String, String> s = TestApps.settings();
            s.put("WEBHOOK_URL", server.baseUrl() + "/hook");
            s.put("WEBHOOK_SIGNING_KEY", KEY);
            List<String> committed = new ArrayList<>();
            long room = OutboxRows.newRoomSid();
            long other = OutboxRows.newRoomSid();
            try (App killed = App.start(Config.of(s), Clock.systemUTC())) {
                for (int i = 0; i < 3; i++) {
                    committed.add(OutboxRows.append(killed, "", room, "u" + i, System.currentTimeMillis()).id);
                    committed.add(OutboxRows.append(killed, "", other, "u" + i, System.currentTimeMillis()).id);
                }
            } // no hint ever left this instance
            assertEquals(0, server.requests().size());

            try (App fresh = App.start(Config.of(s), Clock.systemUTC())) {
                Map<String, Object> reply = Json.readObject(new WebhookSender(fresh).handle(TIMER, new TestContext()));
                assertEquals(0, ((Number) reply.get("code")).intValue(), reply.toString());
                assertEquals(6, reply.get("delivered"), reply.toString());
                assertEquals(0, reply.get("retried"));
            }
            List<String> roomOrder = new ArrayList<>();
            List<String> otherOrder = new ArrayList<>();
            for (WebhookReceiver.Accepted a : receiver.accepted()) {
                (a.body().contains("\"sid\":" + room + "}") ? roomOrder : otherOrder).add(a.id());
            }
            assertEquals(List.of(committed.get(0), committed.get(2), committed.get(4)), roomOrder);
            assertEquals(List.of(committed.get(1), committed.get(3), committed.get(5)), otherOrder);
        }
    }
}
