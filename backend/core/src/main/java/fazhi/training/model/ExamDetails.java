package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An online law exam (在线学法考试): its year, name, the day it ran (the roster active that day is required to take
 * it, TRN-02), the pass mark and the platform it ran on.
 */
public record ExamDetails(int year, String name, LocalDate heldOn, BigDecimal passMark, String platform) {

    public static final BigDecimal MAX_SCORE = new BigDecimal("1000");

    public ExamDetails {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        name = TrainingTexts.required("name", name, 200);
        if (heldOn == null) {
            throw new InvalidInput("heldOn", "field.required");
        }
        if (heldOn.getYear() != year) {
            throw new InvalidInput("heldOn", "training.exam.heldOn.year", Integer.toString(year));
        }
        passMark = score("passMark", passMark);
        if (passMark == null) {
            throw new InvalidInput("passMark", "field.required");
        }
        platform = TrainingTexts.required("platform", platform, 100);
    }

    /** A score: 0 to 1000 with at most two decimals, or null. */
    public static BigDecimal score(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_SCORE) > 0) {
            throw new InvalidInput(field, "field.range", 0, 1000);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, "training.score.decimals");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", Integer.toString(year));
        values.put("name", name);
        values.put("heldOn", heldOn.toString());
        values.put("passMark", passMark.toPlainString());
        values.put("platform", platform);
        return values;
    }
}
