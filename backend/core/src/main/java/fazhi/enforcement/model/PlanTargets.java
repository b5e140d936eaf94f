package fazhi.enforcement.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Whom a yearly plan inspects (检查对象): kinds of enterprises and how many are expected; both optional. */
public record PlanTargets(List<String> enterpriseKinds, Integer enterpriseCount) {

    public PlanTargets {
        enterpriseKinds = enterpriseKinds == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(enterpriseKinds));
    }

    public static PlanTargets none() {
        return new PlanTargets(List.of(), null);
    }
}
