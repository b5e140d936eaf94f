package fazhi.enforcement.model;

import java.util.Objects;

/** An officer on an inspection, with the name and certificate number they had on it (出示执法证件). */
public record InspectedOfficer(String id, String name, String certificateNumber) {

    public InspectedOfficer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
    }

    public static InspectedOfficer of(Officer officer) {
        Certificate certificate = officer.details().certificate();
        return new InspectedOfficer(officer.id(), officer.details().name(),
                certificate == null ? null : certificate.number());
    }
}
