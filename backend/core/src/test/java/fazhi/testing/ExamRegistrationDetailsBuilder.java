package fazhi.testing;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.ExamRegistrationDetails;

import java.time.LocalDate;

/** An emergency-office clerk registered on 2025-05-12 for the 2025 exam of 2025-06-21 unless told otherwise. */
public final class ExamRegistrationDetailsBuilder {

    private String personName = "向明辉";
    private Department department = Department.EMERGENCY;
    private Integer examYear = 2025;
    private LocalDate examDate = LocalDate.of(2025, 6, 21);
    private LocalDate registeredOn = LocalDate.of(2025, 5, 12);

    private ExamRegistrationDetailsBuilder() {
    }

    public static ExamRegistrationDetailsBuilder examRegistration() {
        return new ExamRegistrationDetailsBuilder();
    }

    public ExamRegistrationDetailsBuilder of(String personName) {
        this.personName = personName;
        return this;
    }

    public ExamRegistrationDetailsBuilder in(Department department) {
        this.department = department;
        return this;
    }

    public ExamRegistrationDetailsBuilder forYear(Integer examYear) {
        this.examYear = examYear;
        return this;
    }

    public ExamRegistrationDetailsBuilder examOn(LocalDate examDate) {
        this.examDate = examDate;
        return this;
    }

    public ExamRegistrationDetailsBuilder registeredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
        return this;
    }

    public ExamRegistrationDetails build() {
        return new ExamRegistrationDetails(personName, department, examYear, examDate, registeredOn);
    }
}
