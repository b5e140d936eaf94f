package fazhi.adapter.persistence.training;

import fazhi.adapter.persistence.shared.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One online law exam with its results. */
@Entity
@Table(name = "training_exams")
public class ExamEntity extends TrackedEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String township;

    @Column(name = "exam_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "pass_mark", nullable = false, precision = 7, scale = 2)
    public BigDecimal passMark;

    @Column(nullable = false, length = 100)
    public String platform;

    @ElementCollection
    @CollectionTable(name = "training_exam_results", joinColumns = @JoinColumn(name = "exam_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<ExamResultColumns> results = new ArrayList<>();
}
