package fazhi.adapter.persistence.document;

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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NormativeDocumentPersistenceAdapter implements NormativeDocumentRepository {

    /** API sort fields and the entity attributes they sort by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "title", "title",
            "number", "number",
            "issuedOn", "issuedOn",
            "effectiveOn", "effectiveOn",
            "validUntil", "validUntil",
            "createdAt", "createdAt");

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
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        boolean needsToday = false;
        if (query.status() == DocumentStatus.EFFECTIVE) {
            where.add("status = 'EFFECTIVE' and validUntil >= :today");
            needsToday = true;
        } else if (query.status() == DocumentStatus.EXPIRED) {
            where.add("(status = 'EXPIRED' or (status = 'EFFECTIVE' and validUntil < :today))");
            needsToday = true;
        } else if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status().name());
        }
        if (query.provisional() != null) {
            where.add("provisional = :provisional");
            parameters.and("provisional", query.provisional());
        }
        if (query.evaluationDue() != null) {
            where.add(query.evaluationDue()
                    ? "(status = 'EFFECTIVE' and evaluationDueOn <= :today and validUntil >= :today)"
                    : "(status <> 'EFFECTIVE' or evaluationDueOn > :today or validUntil < :today)");
            needsToday = true;
        }
        if (needsToday) {
            parameters.and("today", today);
        }
        if (query.year() != null) {
            where.add("issuedOn between :yearStart and :yearEnd");
            parameters.and("yearStart", LocalDate.of(query.year(), 1, 1))
                    .and("yearEnd", LocalDate.of(query.year(), 12, 31));
        }
        if (query.text() != null) {
            where.add("(lower(title) like :text or lower(number) like :text or lower(issuer) like :text)");
            parameters.and("text", "%" + escapeLike(query.text().toLowerCase()) + "%");
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<NormativeDocumentEntity> found = documents.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(NormativeDocumentPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
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

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
