package io.roomservice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.config.Config;
import io.roomservice.testing.TestApps;
import java.time.Clock;
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
}
