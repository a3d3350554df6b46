package io.roomservice.deploy;

import io.roomservice.functions.router.Routes;
import io.roomservice.functions.router.Routes.Family;
import io.roomservice.functions.router.Routes.Route;
import io.roomservice.functions.router.VideoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which deploy unit holds which function, derived from the one list of functions
 * ({@link Routes}) by Tencent's rules (see docs/deploy.md):
 * <ul>
 *   <li>every HTTP path: one SCF web function, the router behind a Function URL;</li>
 *   <li>the timer-run functions: SCF event functions with timer triggers (web functions take no timers);</li>
 *   <li>the video family and its {@code video} callService router: CloudBase functions, the only
 *       functions a mini-program's wx.cloud.callFunction reaches, under the names the clients call;</li>
 *   <li>optionally, every action as its own SCF event function, one namespace per family.</li>
 * </ul>
 */
final class DeployPlan {

    static final String APP = "room-service";
    /** SCF's default quota of functions in one namespace. */
    static final int FUNCTIONS_PER_NAMESPACE = 50;

    /**
     * Peak RSS of one web-function instance started by its scf_bootstrap, serving 16 keep-alive
     * clients (video-call enter+quit, 25 s) with the pools the deploy passes it: bench's webload
     * scenario, 84-86 MB whether the heap may grow to 64, 128 or 256 MB (issue 16).
     */
    static final int MEASURED_WEB_PEAK_RSS_MB = 86;
    /**
     * Five times {@link #MEASURED_WEB_PEAK_RSS_MB} (16 requests at once, each body up to 1 MB), and
     * the JVM's default heap at this size (a quarter) ran the same load without a failure. SCF
     * gives CPU in proportion to memory: whether 1024 MB answers faster is for a test stage to show.
     */
    static final int WEB_MEMORY_MB = 512;
    static final int WEB_TIMEOUT_SECONDS = 15;
    /** Requests one web-function instance serves at once (SCF allows 2 to 100). */
    static final int WEB_MAX_CONCURRENCY = 16;
    /**
     * Peak RSS of one event-function instance (webrtcroom-get-room-info on the code package,
     * against a TLS-offering MariaDB) after 5,000 answers in a row: bench's coldflags scenario
     * with BENCH_COLDSTART_CALLS=5000, 99-108 MB whether the JVM sees 128, 256 or 512 MB (issue 16).
     */
    static final int MEASURED_EVENT_PEAK_RSS_MB = 108;
    /** More than twice {@link #MEASURED_EVENT_PEAK_RSS_MB}: one request per instance, so no concurrency on top. */
    static final int EVENT_MEMORY_MB = 256;
    /** The sweepers' peak under a large sweep was not measured: they keep the earlier size. */
    static final int TIMER_MEMORY_MB = 512;
    static final int EVENT_TIMEOUT_SECONDS = 15;
    /** A sweep may clean up many rooms; it is not a client's request. */
    static final int TIMER_TIMEOUT_SECONDS = 60;
    /** The same code and one request per instance, as the SCF event functions. */
    static final int CLOUDBASE_MEMORY_MB = EVENT_MEMORY_MB;
    static final int CLOUDBASE_TIMEOUT_SECONDS = 15;

    static final String CLOUDBASE_HANDLER_METHOD = "invoke";
    static final String EVENT_HANDLER_METHOD = "handle";

    private final String stage;

    DeployPlan(String stage) {
        this.stage = stage;
    }

    List<DeployUnit> units() {
        List<DeployUnit> units = new ArrayList<>();
        units.add(web());
        units.add(timers());
        units.add(cloudbase());
        for (Family family : Family.values()) {
            units.add(events(family));
        }
        return units;
    }

    /** The SCF namespace of the standard deployment: the stage is part of it. */
    String namespace() {
        return APP + "-" + stage;
    }

    DeployUnit web() {
        DeployedFunction web = new DeployedFunction("web", scfName("web"), Optional.empty(),
                WEB_MEMORY_MB, WEB_TIMEOUT_SECONDS, Optional.empty());
        return new DeployUnit("scf/web", DeployUnit.Kind.WEB_FUNCTION, namespace(), List.of(web), false);
    }

    DeployUnit timers() {
        List<DeployedFunction> functions = new ArrayList<>();
        for (Route route : Routes.all()) {
            if (route.timerCron().isPresent()) {
                functions.add(new DeployedFunction(route.function(), scfName(route.function()),
                        Optional.of(handler(route, EVENT_HANDLER_METHOD)), TIMER_MEMORY_MB, TIMER_TIMEOUT_SECONDS,
                        route.timerCron()));
            }
        }
        return new DeployUnit("scf/timers", DeployUnit.Kind.EVENT_FUNCTIONS, namespace(), functions, false);
    }

    /**
     * The mini-program functions keep the names the clients call: a CloudBase environment
     * per stage keeps stages apart.
     */
    DeployUnit cloudbase() {
        List<DeployedFunction> functions = new ArrayList<>();
        for (Route route : Routes.all()) {
            if (route.family() == Family.VIDEO) {
                functions.add(cloudbaseFunction(route.function(), route.handler().getName()));
            }
        }
        functions.add(cloudbaseFunction(VideoService.SERVICE, VideoService.class.getName()));
        return new DeployUnit("cloudbase", DeployUnit.Kind.CLOUDBASE, "", functions, false);
    }

    /** Every action of one family as its own SCF event function (the timers are already deployed). */
    DeployUnit events(Family family) {
        String name = family.name().toLowerCase(Locale.ROOT);
        List<DeployedFunction> functions = new ArrayList<>();
        for (Route route : Routes.all()) {
            if (route.family() == family && route.timerCron().isEmpty()) {
                functions.add(new DeployedFunction(route.function(), scfName(route.function()),
                        Optional.of(handler(route, EVENT_HANDLER_METHOD)), EVENT_MEMORY_MB, EVENT_TIMEOUT_SECONDS,
                        Optional.empty()));
            }
        }
        if (family == Family.VIDEO) {
            functions.add(new DeployedFunction(VideoService.SERVICE, scfName(VideoService.SERVICE),
                    Optional.of(VideoService.class.getName() + "::" + EVENT_HANDLER_METHOD), EVENT_MEMORY_MB,
                    EVENT_TIMEOUT_SECONDS, Optional.empty()));
        }
        return new DeployUnit("scf-optional/events-" + name, DeployUnit.Kind.EVENT_FUNCTIONS,
                "rs-" + stage + "-" + name, functions, true);
    }

    private String scfName(String key) {
        return APP + "-" + stage + "-" + key;
    }

    private static DeployedFunction cloudbaseFunction(String name, String className) {
        return new DeployedFunction(name, name, Optional.of(className + "::" + CLOUDBASE_HANDLER_METHOD),
                CLOUDBASE_MEMORY_MB, CLOUDBASE_TIMEOUT_SECONDS, Optional.empty());
    }

    private static String handler(Route route, String method) {
        return route.handler().getName() + "::" + method;
    }
}
