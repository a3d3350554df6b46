package io.roomservice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SettingsCatalogueTest {

    @Test
    void namesAreUniqueAndLookLikeEnvironmentVariables() {
        Set<String> seen = new HashSet<>();
        for (Setting s : SettingsCatalogue.all()) {
            assertTrue(seen.add(s.name()), "twice: " + s.name());
            assertTrue(s.name().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+"), s.name());
            assertFalse(s.description().isBlank(), s.name());
            assertEquals(s, SettingsCatalogue.byName(s.name()).orElseThrow());
        }
    }

    @Test
    void everyDefaultIsAValidValueOfItsOwnSetting() {
        Map<String, String> defaults = new HashMap<>();
        SettingsCatalogue.all().forEach(s -> s.defaultValue().ifPresent(d -> defaults.put(s.name(), d)));
        assertEquals(List.of(), SettingValues.read(Config.of(defaults)).problems());
    }

    @Test
    void everyNumberHasARangeAndSecretsHaveNoDefault() {
        for (Setting s : SettingsCatalogue.all()) {
            if (s.kind() == Setting.Kind.NUMBER) {
                assertTrue(s.min().getAsLong() <= s.max().getAsLong(), s.name());
            }
            if (s.secret()) {
                assertTrue(s.defaultValue().isEmpty(), s.name() + ": a secret with a default is a published secret");
            }
        }
    }

    @Test
    void sectionsComeTogetherInTheirDeclaredOrder() {
        List<Section> order = new ArrayList<>();
        for (Setting s : SettingsCatalogue.all()) {
            if (order.isEmpty() || order.get(order.size() - 1) != s.section()) {
                order.add(s.section());
            }
        }
        assertEquals(List.of(Section.values()), order);
    }

    @Test
    void onlyTheTencentCloudCredentialsArePlatformProvidedAndOnlyTheGatewayIsLocal() {
        assertEquals(Set.of("TENCENTCLOUD_SECRETID", "TENCENTCLOUD_SECRETKEY", "TENCENTCLOUD_SESSIONTOKEN"),
                names(s -> s.platformProvided()));
        assertEquals(Set.of("GATEWAY_PORT", "GATEWAY_THREADS", "WEB_PORT"), names(s -> s.localOnly()));
        assertEquals(Set.of("TOKEN_SECRET"), names(s -> s.required()));
    }

    @Test
    void theOrderIsStable() {
        assertEquals(SettingsCatalogue.all(), SettingsCatalogue.all());
        assertEquals("DB_URL", SettingsCatalogue.all().get(0).name());
    }

    private static Set<String> names(java.util.function.Predicate<Setting> which) {
        return SettingsCatalogue.all().stream().filter(which).map(Setting::name).collect(Collectors.toSet());
    }
}
