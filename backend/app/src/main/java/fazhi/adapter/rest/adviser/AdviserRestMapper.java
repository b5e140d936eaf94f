package fazhi.adapter.rest.adviser;

import fazhi.review.model.AdviserDetails;
import fazhi.review.model.Consultation;
import fazhi.review.model.ConsultationDetails;
import fazhi.review.model.LegalAdviser;

import java.time.LocalDate;

/** Between the API's request and view records and the core's advisers and consultations. */
final class AdviserRestMapper {

    private AdviserRestMapper() {
    }

    static AdviserDetails details(LegalAdviserRequest r) {
        return new AdviserDetails(r.name(), r.lawFirm(), r.engagedFrom(), r.engagedUntil(), r.scope());
    }

    static ConsultationDetails details(ConsultationRequest r) {
        return new ConsultationDetails(r.consultedOn(), r.subject(), r.advice(), r.linkedRecordType(),
                r.linkedRecordId());
    }

    static LegalAdviserView view(LegalAdviser a, LocalDate today) {
        AdviserDetails d = a.details();
        return new LegalAdviserView(a.id(), a.township().value(), d.name(), d.lawFirm(), d.engagedFrom(),
                d.engagedUntil(), d.scope(), a.statusOn(today), a.version(),
                a.created() == null ? null : a.created().at(), a.updated() == null ? null : a.updated().at());
    }

    static ConsultationView view(Consultation c) {
        ConsultationDetails d = c.details();
        return new ConsultationView(c.id(), c.township().value(), c.adviserId(), d.consultedOn(), d.subject(),
                d.advice(), d.linkedRecordType(), d.linkedRecordId(), c.version(),
                c.created() == null ? null : c.created().at(), c.updated() == null ? null : c.updated().at());
    }
}
