package fazhi.training.port.in;

import fazhi.training.model.Exam;
import fazhi.training.model.ExamRates;

import java.util.Objects;

/** An exam with TRN-02's rates over the roster active on its day. */
public record ExamOverview(Exam exam, ExamRates rates) {

    public ExamOverview {
        Objects.requireNonNull(exam);
        Objects.requireNonNull(rates);
    }
}
