package fazhi.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.shared.model.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule catalogue as refusals name it (rule id → legal basis), for the SPA's test fakes: they answer refusals
 * with what the API sends, never a text of their own. `make spec` writes it (-Dfazhi.rules.write=true); this test
 * fails when it drifts from {@link Rule}.
 */
class RuleCatalogueTest {

    static final Path CATALOGUE = Path.of(System.getenv().getOrDefault("FAZHI_RULE_CATALOGUE",
            "../../frontend/src/testing/rules.json"));

    /** As Prettier writes JSON, so that the frontend's lint keeps it as it is. */
    static String catalogue() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> entries = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            entries.add("  " + json.writeValueAsString(rule.id()) + ": " + json.writeValueAsString(rule.legalBasis()));
        }
        return "{\n" + String.join(",\n", entries) + "\n}\n";
    }

    @Test
    void the_fakes_catalogue_is_the_cores() throws IOException {
        String expected = catalogue();
        if (Boolean.getBoolean("fazhi.rules.write")) {
            Files.writeString(CATALOGUE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("frontend/src/testing/rules.json is out of date: run `make spec`").isEqualTo(expected);
    }
}
