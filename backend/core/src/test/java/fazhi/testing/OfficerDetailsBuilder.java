package fazhi.testing;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.OfficerDetails;

/** An emergency-management officer with a phone and a valid certificate unless told otherwise. */
public final class OfficerDetailsBuilder {

    private String name = "李明";
    private Department department = Department.EMERGENCY;
    private String phone = "13812345678";
    private Certificate certificate = CertificateBuilder.aCertificate().build();

    private OfficerDetailsBuilder() {
    }

    public static OfficerDetailsBuilder officerDetails() {
        return new OfficerDetailsBuilder();
    }

    public static OfficerDetailsBuilder from(OfficerDetails details) {
        var builder = new OfficerDetailsBuilder();
        builder.name = details.name();
        builder.department = details.department();
        builder.phone = details.phone();
        builder.certificate = details.certificate();
        return builder;
    }

    public OfficerDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    public OfficerDetailsBuilder in(Department department) {
        this.department = department;
        return this;
    }

    public OfficerDetailsBuilder withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public OfficerDetailsBuilder holding(Certificate certificate) {
        this.certificate = certificate;
        return this;
    }

    public OfficerDetailsBuilder holding(CertificateBuilder certificate) {
        return holding(certificate.build());
    }

    public OfficerDetailsBuilder withoutCertificate() {
        this.certificate = null;
        return this;
    }

    public OfficerDetails build() {
        return new OfficerDetails(name, department, phone, certificate);
    }
}
