package io.roomservice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigurationReferenceTest {

    @Test
    void theCheckedInReferenceIsTheCataloguesRendering() throws IOException {
        Path file = CatalogueCoverageTest.repository().resolve("docs/configuration.md");
        String checkedIn = Files.exists(file) ? Files.readString(file) : "";
        assertEquals(ConfigurationReference.markdown(), checkedIn,
                "docs/configuration.md is out of date with SettingsCatalogue; regenerate it from the repository's top folder with: "
                        + ConfigurationReference.REGENERATE_COMMAND);
    }

    @Test
    void everySettingHasARowAndTheRegenerationCommandIsOnTop() {
        String md = ConfigurationReference.markdown();
        SettingsCatalogue.all().forEach(s -> assertTrue(md.contains("| `" + s.name() + "` |"), s.name()));
        assertTrue(md.indexOf(ConfigurationReference.REGENERATE_COMMAND) < md.indexOf("## "));
    }
}
