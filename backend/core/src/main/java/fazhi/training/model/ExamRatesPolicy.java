package fazhi.training.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TRN-02 (在线学法考试): 参学率 = studied / people required, 参考率 = sat / people required, 及格率 = passed / sat. The
 * people required are the roster active on the exam day; each is counted once, by their best attempt (studied in
 * any, sat in any, passed when the best score sat reaches the pass mark).
 */
public final class ExamRatesPolicy {

    private ExamRatesPolicy() {
    }

    /** {@code roster}: the township's people; those not active on the exam day are not required. */
    public static ExamRates rates(ExamDetails exam, Collection<StaffMember> roster, List<ExamResult> results) {
        Set<String> required = roster.stream().filter(p -> p.activeOn(exam.heldOn())).map(StaffMember::id)
                .collect(Collectors.toSet());
        Map<String, Best> best = new HashMap<>();
        for (ExamResult r : results) {
            best.computeIfAbsent(r.personId(), id -> new Best()).add(r);
        }
        long studied = 0;
        long sat = 0;
        long passed = 0;
        for (String person : required) {
            Best b = best.get(person);
            if (b == null) {
                continue;
            }
            studied += b.studied ? 1 : 0;
            sat += b.sat ? 1 : 0;
            passed += b.sat && b.score.compareTo(exam.passMark()) >= 0 ? 1 : 0;
        }
        long notRequired = best.keySet().stream().filter(id -> !required.contains(id)).count();
        return new ExamRates(required.size(), studied, sat, passed, Rate.of(studied, required.size()),
                Rate.of(sat, required.size()), Rate.of(passed, sat), notRequired);
    }

    /** A person's best over their attempts. */
    private static final class Best {
        boolean studied;
        boolean sat;
        BigDecimal score;

        void add(ExamResult r) {
            studied |= r.studied();
            if (r.sat()) {
                sat = true;
                score = score == null || r.score().compareTo(score) > 0 ? r.score() : score;
            }
        }
    }
}
