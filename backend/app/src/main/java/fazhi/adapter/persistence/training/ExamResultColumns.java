package fazhi.adapter.persistence.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One attempt of an exam; see 021-training.xml. */
@Embeddable
public class ExamResultColumns {

    @Column(name = "person_id", nullable = false, length = 36)
    public String personId;

    @Column(nullable = false)
    public boolean studied;

    @Column(nullable = false)
    public boolean sat;

    @Column(precision = 7, scale = 2)
    public BigDecimal score;
}
