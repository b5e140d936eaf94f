package fazhi.testing;

import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.Validity;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A normative document as already stored, of Jinhe at version 2: a draft, one in review, or one issued as
 * 锦政发〔2025〕3号 on 2025-03-01, valid five years (to 2030-02-28) unless told otherwise.
 */
public final class NormativeDocumentBuilder {

    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-01-06T01:00:00Z"), "staff.user");

    private String id = "document-1";
    private TownshipCode township = TestTownships.JINHE;
    private String title = "锦和镇人民政府重大行政决策合法性审查工作制度";
    private boolean provisional;
    private DocumentStatus status = DocumentStatus.DRAFT;
    private LocalDate reviewSubmittedOn;
    private String number;
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private LocalDate validUntil;
    private long version = 2;

    private NormativeDocumentBuilder() {
    }

    public static NormativeDocumentBuilder aDraft() {
        return new NormativeDocumentBuilder();
    }

    public static NormativeDocumentBuilder aDocumentInReview() {
        NormativeDocumentBuilder builder = new NormativeDocumentBuilder();
        builder.status = DocumentStatus.IN_REVIEW;
        builder.reviewSubmittedOn = LocalDate.of(2025, 2, 10);
        return builder;
    }

    public static NormativeDocumentBuilder anIssuedDocument() {
        NormativeDocumentBuilder builder = aDocumentInReview();
        builder.status = DocumentStatus.EFFECTIVE;
        builder.number = "锦政发〔2025〕3号";
        builder.issuedOn = LocalDate.of(2025, 3, 1);
        builder.effectiveOn = LocalDate.of(2025, 3, 1);
        builder.validUntil = LocalDate.of(2030, 2, 28);
        return builder;
    }

    public NormativeDocumentBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public NormativeDocumentBuilder of(TownshipCode township) {
        this.township = township;
        return this;
    }

    public NormativeDocumentBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public NormativeDocumentBuilder provisional() {
        this.provisional = true;
        return this;
    }

    public NormativeDocumentBuilder numbered(String number) {
        this.number = number;
        return this;
    }

    /** In force from that day, issued the same day. */
    public NormativeDocumentBuilder effectiveOn(LocalDate day) {
        this.effectiveOn = day;
        this.issuedOn = day;
        return this;
    }

    public NormativeDocumentBuilder validUntil(LocalDate day) {
        this.validUntil = day;
        return this;
    }

    public NormativeDocumentBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public NormativeDocument build() {
        Validity validity = effectiveOn == null ? null : new Validity(effectiveOn, validUntil);
        return new NormativeDocument(id, township, new DocumentDraft(title, "锦和镇人民政府", provisional), status,
                reviewSubmittedOn, number, issuedOn, effectiveOn, validity, null, null, null, null, null, null,
                List.of(), version, EARLIER, EARLIER);
    }
}
