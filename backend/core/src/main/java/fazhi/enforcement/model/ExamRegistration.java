package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A registration for the administrative enforcement certificate exam (行政执法资格证考试报名) of a township's
 * staff member, optionally linked to the officer record of someone already in the register (a renewal), and its
 * result, recorded once. A pass issues a certificate: the registration keeps it and names the officer who holds
 * it. {@code version} is the ETag (SYS-02).
 */
public final class ExamRegistration implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private ExamRegistrationDetails details;
    private String officerId;
    private ExamStatus status;
    private Integer score;
    private Certificate certificate;
    private LocalDate resultRecordedOn;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public ExamRegistration(String id, TownshipCode township, ExamRegistrationDetails details, String officerId,
                            ExamStatus status, Integer score, Certificate certificate, LocalDate resultRecordedOn,
                            long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.officerId = officerId;
        this.status = Objects.requireNonNull(status);
        this.score = score;
        this.certificate = certificate;
        this.resultRecordedOn = resultRecordedOn;
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A new registration waits for its result. */
    public static ExamRegistration register(String id, TownshipCode township, ExamRegistrationDetails details,
                                            String officerId) {
        return new ExamRegistration(id, township, details, officerId, ExamStatus.REGISTERED, null, null, null, 0,
                null, null);
    }

    /** Editable until the result is recorded. */
    public void revise(ExamRegistrationDetails newDetails, String newOfficerId) {
        if (status != ExamStatus.REGISTERED) {
            throw new InvalidInput("status", "exam.notEditable", status);
        }
        this.details = Objects.requireNonNull(newDetails);
        this.officerId = newOfficerId;
    }

    /**
     * REGISTERED → PASSED, FAILED or ABSENT, once, not before the exam was held; a certificate is not issued
     * before the exam.
     */
    public void record(ExamResult result, LocalDate today) {
        if (!status.canBecome(result.status())) {
            throw new InvalidInput("status", "exam.status.transition", status, result.status());
        }
        if (today.isBefore(details.examDate())) {
            throw new InvalidInput("result", "exam.result.beforeExam", details.examDate().toString());
        }
        Certificate issued = result.certificate();
        if (issued != null && issued.issuedOn().isBefore(details.examDate())) {
            throw new InvalidInput("certificate.issuedOn", "exam.certificate.issuedBeforeExam",
                    details.examDate().toString());
        }
        this.status = result.status();
        this.score = result.score();
        this.certificate = issued;
        this.resultRecordedOn = today;
    }

    /** The officer who holds the certificate of a pass, when the registration was not linked to one yet. */
    public void issuedTo(String officer) {
        if (status != ExamStatus.PASSED) {
            throw new IllegalStateException("only a pass issues a certificate");
        }
        this.officerId = Objects.requireNonNull(officer);
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("personName", details.personName());
        fields.put("department", details.department().name());
        fields.put("examYear", String.valueOf(details.examYear()));
        fields.put("examDate", details.examDate().toString());
        fields.put("registeredOn", details.registeredOn().toString());
        fields.put("officerId", officerId);
        fields.put("status", status.name());
        fields.put("score", score == null ? null : score.toString());
        fields.put("certificate.number", certificate == null ? null : certificate.number());
        fields.put("certificate.issuedOn", certificate == null ? null : certificate.issuedOn().toString());
        fields.put("certificate.expiresOn", certificate == null ? null : certificate.expiresOn().toString());
        fields.put("resultRecordedOn", resultRecordedOn == null ? null : resultRecordedOn.toString());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public ExamRegistrationDetails details() {
        return details;
    }

    public String officerId() {
        return officerId;
    }

    public ExamStatus status() {
        return status;
    }

    public Integer score() {
        return score;
    }

    public Certificate certificate() {
        return certificate;
    }

    public LocalDate resultRecordedOn() {
        return resultRecordedOn;
    }

    public long version() {
        return version;
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }
}
