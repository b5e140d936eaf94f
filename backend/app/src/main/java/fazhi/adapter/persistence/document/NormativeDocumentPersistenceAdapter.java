package fazhi.adapter.persistence.document;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.Reevaluation;
import fazhi.review.model.Validity;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.review.port.out.NormativeDocumentRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NormativeDocumentPersistenceAdapter implements NormativeDocumentRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "title", Order.by("ix_normative_documents_title", "title"),
            "number", Order.by("ix_normative_documents_number", "number"),
            "issuedOn", Order.by("ix_normative_documents_issued", "issued_on"),
            "effectiveOn", Order.by("ix_normative_documents_effective", "effective_on"),
            "validUntil", Order.by("ix_normative_documents_valid_until", "valid_until"),
            "createdAt", Order.by("ix_normative_documents_created", "created_at"));

    private final Documents documents;

    public NormativeDocumentPersistenceAdapter(Documents documents) {
        this.documents = documents;
    }

    @Override
    public Optional<NormativeDocument> find(TownshipCode township, String id) {
        return documents.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(NormativeDocumentPersistenceAdapter::toDomain);
    }

    @Override
    public boolean numberTaken(TownshipCode township, String number, String exceptDocumentId) {
        return documents.count("township = ?1 and number = ?2 and id <> ?3", township.value(), number,
                exceptDocumentId == null ? "" : exceptDocumentId) > 0;
    }

    @Override
    public NormativeDocument save(NormativeDocument document, Stamp stamp) {
        NormativeDocumentEntity entity = documents.findByIdOptional(document.id()).orElseGet(() -> {
            NormativeDocumentEntity created = new NormativeDocumentEntity();
            created.id = document.id();
            created.township = document.township().value();
            return created;
        });
        DocumentDraft draft = document.draft();
        entity.title = draft.title();
        entity.issuer = draft.issuer();
        entity.provisional = draft.provisional();
        entity.status = document.status().name();
        entity.reviewSubmittedOn = document.reviewSubmittedOn();
        entity.number = document.number();
        entity.issuedOn = document.issuedOn();
        entity.effectiveOn = document.effectiveOn();
        Validity validity = document.validity();
        entity.validFrom = validity == null ? null : validity.from();
        entity.validUntil = validity == null ? null : validity.until();
        entity.evaluationDueOn = document.evaluationDueOn();
        entity.amendedBy = document.amendedBy();
        entity.amendmentNote = document.amendmentNote();
        entity.repealedOn = document.repealedOn();
        entity.repealReason = document.repealReason();
        entity.repealedInCleanUp = document.repealedInCleanUp();
        entity.expiredOn = document.expiredOn();
        List<Reevaluation> reevaluations = document.reevaluations();
        // re-evaluations are only ever added
        for (int seq = entity.reevaluations.size(); seq < reevaluations.size(); seq++) {
            entity.reevaluations.add(row(entity, seq, reevaluations.get(seq), stamp));
        }
        entity.stamp(stamp);
        documents.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        documents.flush();
        return toDomain(entity);
    }

    @Override
    public Page<NormativeDocument> search(TownshipCode township, NormativeDocumentQuery query, PageRequest page,
                                          LocalDate today) {
        return listQuery(township, query, page, today).fetch(documents.getEntityManager(),
                NormativeDocumentEntity.class, e -> e.id, page).map(NormativeDocumentPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("normative documents", NormativeDocumentQuery.class,
                NormativeDocumentQuery.SORTABLE, this::listQuery));
    }

    ListQuery listQuery(TownshipCode township, NormativeDocumentQuery query, PageRequest page, LocalDate today) {
        ListQuery list = ListQuery.of("normative_documents", township.value());
        if (query.status() == DocumentStatus.EFFECTIVE) {
            list.where("status = 'EFFECTIVE' AND valid_until >= ?", today);
        } else if (query.status() == DocumentStatus.EXPIRED) {
            list.where("(status = 'EXPIRED' OR (status = 'EFFECTIVE' AND valid_until < ?))", today);
        } else if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.provisional() != null) {
            list.where("provisional = ?", query.provisional());
        }
        if (query.evaluationDue() != null) {
            if (query.evaluationDue()) {
                list.where("(status = 'EFFECTIVE' AND evaluation_due_on <= ? AND valid_until >= ?)", today, today);
            } else {
                list.where("(status <> 'EFFECTIVE' OR evaluation_due_on > ? OR valid_until < ?)", today, today);
            }
        }
        if (query.year() != null) {
            list.where("issued_on BETWEEN ? AND ?", LocalDate.of(query.year(), 1, 1),
                    LocalDate.of(query.year(), 12, 31));
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "title", "number", "issuer");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    private static ReevaluationEntity row(NormativeDocumentEntity document, int seq, Reevaluation reevaluation,
                                          Stamp stamp) {
        ReevaluationEntity row = new ReevaluationEntity();
        row.id = UUID.randomUUID().toString();
        row.document = document;
        row.township = document.township;
        row.seq = seq;
        row.evaluatedOn = reevaluation.evaluatedOn();
        row.evaluatedBy = reevaluation.evaluatedBy();
        row.conclusion = reevaluation.conclusion();
        row.previousUntil = reevaluation.previousUntil();
        row.validUntil = reevaluation.validUntil();
        row.stamp(stamp);
        return row;
    }


    private static NormativeDocument toDomain(NormativeDocumentEntity e) {
        Validity validity = e.validFrom == null ? null : new Validity(e.validFrom, e.validUntil);
        List<Reevaluation> reevaluations = e.reevaluations.stream()
                .map(r -> new Reevaluation(r.evaluatedOn, r.evaluatedBy, r.conclusion, r.previousUntil, r.validUntil))
                .toList();
        return new NormativeDocument(e.id, TownshipCode.of(e.township),
                new DocumentDraft(e.title, e.issuer, e.provisional), DocumentStatus.valueOf(e.status),
                e.reviewSubmittedOn, e.number, e.issuedOn, e.effectiveOn, validity, e.amendedBy, e.amendmentNote,
                e.repealedOn, e.repealReason, e.repealedInCleanUp, e.expiredOn, reevaluations, e.version,
                e.created(), e.updated());
    }

    @ApplicationScoped
    static class Documents implements PanacheRepositoryBase<NormativeDocumentEntity, String> {
    }
}
