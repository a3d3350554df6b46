package io.roomservice.web;

import static io.roomservice.config.SettingsCatalogue.WEB_PORT;
import static io.roomservice.config.SettingsCatalogue.WEB_STOP_GRACE_SECONDS;
import static io.roomservice.config.SettingsCatalogue.WEB_THREADS;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
import io.roomservice.config.HttpFrontSettings;
import io.roomservice.functions.router.Router;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The production entry of the SCF web function, started by the code package's
 * {@code scf_bootstrap}: every HTTP path through the {@link Router} on 0.0.0.0:WEB_PORT (SCF
 * requires 9000, the default). Settings come from the environment (JVM system properties first); a missing one stops
 * the start with the configuration message and exit status 2. SIGTERM stops it cleanly.
 * Settings of its own (SettingsCatalogue, section WEB_FUNCTION): WEB_PORT, WEB_THREADS, WEB_STOP_GRACE_SECONDS;
 * its HTTP limits are the section HTTP_FRONT.
 */
public final class WebFunction {

    static final int CONFIGURATION_ERROR = 2;

    private WebFunction() {
    }

    public static void main(String[] args) throws InterruptedException {
        long begin = System.nanoTime();
        Config environment = Config.fromEnvironment();
        App app;
        HttpFront front;
        int graceSeconds;
        try {
            app = App.start(environment, Clock.systemUTC());
            App.install(app);
            graceSeconds = app.settings().integer(WEB_STOP_GRACE_SECONDS);
            front = new HttpFront(new Router(app), "0.0.0.0", app.settings().integer(WEB_PORT), app.settings().integer(WEB_THREADS),
                    HttpFrontSettings.from(app.settings()), ClientAddress.PLATFORM_HEADER);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(CONFIGURATION_ERROR);
            return;
        } catch (IOException e) {
            System.err.println("Cannot listen: " + e.getMessage());
            System.exit(CONFIGURATION_ERROR);
            return;
        }
        System.out.println("effective configuration:\n  " + String.join("\n  ", app.settings().describe()));
        front.start();
        stopOnSignal(front, app, graceSeconds);
        System.out.println("web function listening on 0.0.0.0:" + front.port() + " (ready in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms)");
    }

    /** SIGTERM (and SIGINT) run the shutdown hooks: finish what is in flight, then close the pools. */
    private static void stopOnSignal(HttpFront front, App app, int graceSeconds) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            front.stop(graceSeconds);
            app.close();
            System.out.println("web function stopped");
            stopped.countDown();
        }, "web-function-stop"));
        // The workers are daemons: this non-daemon thread keeps the JVM up until the hook has run.
        Thread keeper = new Thread(() -> {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "web-function-keeper");
        keeper.start();
    }
}
