package fazhi.adapter.rest.exam;

import fazhi.adapter.rest.officer.CertificateRequest;
import fazhi.adapter.rest.officer.CertificateView;
import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamRegistrationDetails;
import fazhi.enforcement.model.ExamResult;

/** Between the API's request and view records and the core's exam registrations. */
final class ExamRestMapper {

    private ExamRestMapper() {
    }

    static ExamRegistrationDetails details(ExamRegistrationRequest request) {
        return new ExamRegistrationDetails(request.personName(), request.department(), request.examYear(),
                request.examDate(), request.registeredOn());
    }

    static ExamResult result(ExamResultRequest request) {
        CertificateRequest c = request.certificate();
        Certificate certificate = c == null ? null : new Certificate(c.number(), c.issuedOn(), c.expiresOn());
        return ExamResult.of(request.result().status(), request.score(), certificate);
    }

    static ExamRegistrationView view(ExamRegistration r) {
        ExamRegistrationDetails d = r.details();
        Certificate c = r.certificate();
        return new ExamRegistrationView(r.id(), r.township().value(), d.personName(), d.department(), r.officerId(),
                d.examYear(), d.examDate(), d.registeredOn(), r.status(), r.score(),
                c == null ? null : new CertificateView(c.number(), c.issuedOn(), c.expiresOn()),
                r.resultRecordedOn(), r.version(), r.created() == null ? null : r.created().at(),
                r.updated() == null ? null : r.updated().at());
    }
}
