package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.webhooks.DeliveryReport;
import io.roomservice.domain.webhooks.WebhookDeliveries;
import io.roomservice.protocol.Anonymous;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The webhook sender, on a timer trigger: delivers every room with due events (those a
 * commit's immediate delivery missed, retries whose time has come, the events of an instance
 * killed or frozen after its commit), then deletes finished events past their retention.
 */
@Anonymous("a timer, not a client")
public final class WebhookSender extends ScfFunction {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    /** Rooms one run takes on at most; the next run (a minute later) takes the rest. */
    static final int MAX_ROOMS_PER_RUN = 2000;
    /**
     * Wall time after which a run starts no further room: inside the timer function's 60 s,
     * with room for one more receiver timeout (at most 10 s) and the purge.
     */
    static final long RUN_BUDGET_MILLIS = 40_000;

    private final WebhookDeliveries deliveries;

    public WebhookSender() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public WebhookSender(App app) {
        this(app.webhooks());
    }

    public WebhookSender(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public Response serve(Request request) {
        try {
            DeliveryReport report = deliveries.deliverDue(MAX_ROOMS_PER_RUN, RUN_BUDGET_MILLIS);
            LOG.info("webhook sender: " + report);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("code", 0);
            answer.put("message", "webhooks sent");
            answer.put("delivered", report.deliveredCount());
            answer.put("retried", report.retriedCount());
            answer.put("givenUp", report.givenUpCount());
            answer.put("dropped", report.droppedCount());
            answer.put("deferred", report.deferredCount());
            answer.put("failed", report.failedCount());
            answer.put("purged", report.purgedCount());
            return Response.json(200, answer);
        } catch (RuntimeException e) {
            LOG.warning("webhook sender: the run failed: " + e.getMessage());
            return Response.json(500, Map.of("code", 1, "message", "webhook run failed; the next run retries"));
        }
    }
}
