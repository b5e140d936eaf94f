package fazhi.adapter.rest.officer;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerDetails;

import java.time.LocalDate;

/** Between the API's request and view records and the core's officer. */
final class OfficerRestMapper {

    private OfficerRestMapper() {
    }

    static OfficerDetails details(OfficerRequest request) {
        CertificateRequest c = request.certificate();
        Certificate certificate = c == null ? null : new Certificate(c.number(), c.issuedOn(), c.expiresOn());
        return new OfficerDetails(request.name(), request.department(), request.phone(), certificate);
    }

    static OfficerView view(Officer officer, LocalDate today) {
        Certificate c = officer.details().certificate();
        return new OfficerView(officer.id(), officer.township().value(), officer.details().name(),
                officer.details().department(), officer.details().phone(), officer.status(),
                officer.suspensionReason(),
                c == null ? null : new CertificateView(c.number(), c.issuedOn(), c.expiresOn()),
                c != null && c.isValidOn(today), officer.version(),
                officer.created() == null ? null : officer.created().at(),
                officer.updated() == null ? null : officer.updated().at());
    }
}
