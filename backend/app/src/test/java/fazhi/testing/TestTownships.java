package fazhi.testing;

import fazhi.shared.model.Actor;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Makes sure the two test townships exist (the test database starts empty). */
@ApplicationScoped
public class TestTownships {

    private final Townships townships;

    public TestTownships(Townships townships) {
        this.townships = townships;
    }

    public void ensure() {
        QuarkusTransaction.requiringNew().run(() -> {
            townships.register(Actor.system(), new Township(TownshipCode.of("jinhe"), "锦和镇", "Jinhe Town"));
            townships.register(Actor.system(), new Township(TownshipCode.of("gaocun"), "高村镇", "Gaocun Town"));
        });
    }
}
