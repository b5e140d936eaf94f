package fazhi.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The application as `make run` starts it: demo data loaded at start into a freshly migrated database. */
public class WithDemoData implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("fazhi.demo-data.enabled", "true");
    }
}
