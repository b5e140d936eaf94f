package fazhi.training.model;

/**
 * TRN-02's three rates of an exam: 参学率 = studied / required, 参考率 = sat / required, 及格率 = passed / sat, each
 * person counted once; a rate is null where its denominator is 0 (nobody required, nobody sat). {@code notRequired}
 * counts the people with results who were not on the roster on the exam day (left before, joined after): they are
 * in no rate.
 */
public record ExamRates(long required, long studied, long sat, long passed, Rate participation, Rate attendance,
                        Rate pass, long notRequired) {
}
