package io.roomservice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.testing.TestApps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AppStartTest {

    /** Every java.net.http.HttpClient runs one thread of this name while it is alive. */
    private static Set<String> httpClientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith("HttpClient-") && name.endsWith("-SelectorManager"))
                .collect(Collectors.toSet());
    }

    @Test
    @SuppressWarnings("try") // the App is started for what its start does, and closed after
    void startingTheAppBuildsNoHttpClientSinceTheirTlsSetUpCostsEveryColdStart() {
        Map<String, String> settings = TestApps.settings();
        settings.put("IM_BASE_URL", "http://127.0.0.1:1");
        Set<String> before = httpClientThreads();
        try (App app = App.start(Config.of(settings), Clock.systemUTC())) {
            assertEquals(before, httpClientThreads());
        }
    }

    /**
     * In a fresh JVM, as SCF starts an event function: the instance's App from the environment and
     * a first database read set up no java.util.logging handler (the configuration is printed, and
     * HikariCP's start lines are below its level); that set-up costs every cold start.
     */
    @Test
    void aColdStartToTheFirstDatabaseAnswerSetsUpNoLogging() throws Exception {
        Map<String, String> settings = TestApps.settings();
        // Migrates the fresh database first, as the deploy's first start would have.
        try (App app = App.start(Config.of(settings), Clock.systemUTC())) {
            assertTrue(app.callRooms().info("1").isEmpty());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), FirstDatabaseAnswer.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(settings);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("ROOM Optional.empty"), out);
        assertTrue(out.contains("effective configuration:"), out);
        assertFalse(out.contains("java.util.logging.ConsoleHandler "), "a logging handler was set up");
        // A video-call answer builds none of the other families' services: classes only their
        // construction loads stay unloaded (the services' own classes are loaded, not built, as
        // the types of the App's lazy fields).
        for (String builtByAnotherFamily : List.of("io.roomservice.domain.user.OAuthLogins ",
                "io.roomservice.infra.sms.SmsCodeSender ", "io.roomservice.domain.apaas.ApaasRoomRules ",
                "io.roomservice.domain.roomservice.RoomServiceLimits ", "io.roomservice.infra.wechat.WeChatClient ",
                "io.roomservice.infra.voip.RedisVoipSeats ")) {
            assertFalse(out.contains(builtByAnotherFamily), builtByAnotherFamily + "was loaded");
        }
    }

    /** Run by the test above in its own JVM. */
    static final class FirstDatabaseAnswer {
        public static void main(String[] args) {
            System.out.println("ROOM " + App.current().callRooms().info("1"));
        }
    }
}
