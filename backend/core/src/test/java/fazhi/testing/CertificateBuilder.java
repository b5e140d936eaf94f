package fazhi.testing;

import fazhi.enforcement.model.Certificate;

import java.time.LocalDate;

/** A certificate valid through 2025 and 2026 unless told otherwise. */
public final class CertificateBuilder {

    private String number = "湘执证-0001";
    private LocalDate issuedOn = LocalDate.of(2024, 7, 1);
    private LocalDate expiresOn = LocalDate.of(2027, 6, 30);

    private CertificateBuilder() {
    }

    public static CertificateBuilder aCertificate() {
        return new CertificateBuilder();
    }

    public CertificateBuilder numbered(String number) {
        this.number = number;
        return this;
    }

    public CertificateBuilder issuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
        return this;
    }

    public CertificateBuilder expiringOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
        return this;
    }

    public Certificate build() {
        return new Certificate(number, issuedOn, expiresOn);
    }
}
