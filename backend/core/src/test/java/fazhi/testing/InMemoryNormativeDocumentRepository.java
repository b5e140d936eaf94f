package fazhi.testing;

import fazhi.review.model.NormativeDocument;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.review.port.out.NormativeDocumentRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Normative documents kept as copies, so that a change counts only once saved; each save raises the version by
 * one. The search filters by township and the status as of today, enough for the services' tests.
 */
public final class InMemoryNormativeDocumentRepository implements NormativeDocumentRepository {

    private final Map<String, NormativeDocument> documents = new LinkedHashMap<>();
    private final List<NormativeDocument> saves = new ArrayList<>();

    /** Stores a document as it is, bypassing the service: the "given" of a test. */
    public NormativeDocument store(NormativeDocument document) {
        documents.put(document.id(), copy(document, document.version(), document.created(), document.updated()));
        return document;
    }

    @Override
    public Optional<NormativeDocument> find(TownshipCode township, String id) {
        return Optional.ofNullable(documents.get(id)).filter(d -> d.township().equals(township))
                .map(d -> copy(d, d.version(), d.created(), d.updated()));
    }

    @Override
    public boolean numberTaken(TownshipCode township, String number, String exceptDocumentId) {
        return documents.values().stream()
                .filter(d -> d.township().equals(township) && !d.id().equals(exceptDocumentId))
                .anyMatch(d -> number.equals(d.number()));
    }

    @Override
    public NormativeDocument save(NormativeDocument document, Stamp stamp) {
        NormativeDocument stored = documents.get(document.id());
        long version = stored == null ? 0 : stored.version() + 1;
        NormativeDocument saved = copy(document, version, stored == null ? stamp : stored.created(), stamp);
        documents.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, version, saved.created(), saved.updated());
    }

    @Override
    public Page<NormativeDocument> search(TownshipCode township, NormativeDocumentQuery query, PageRequest page,
                                          LocalDate today) {
        List<NormativeDocument> matching = documents.values().stream()
                .filter(d -> d.township().equals(township))
                .filter(d -> query.status() == null || d.statusOn(today) == query.status())
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    public NormativeDocument stored(String id) {
        return Objects.requireNonNull(documents.get(id), "no document " + id);
    }

    public List<NormativeDocument> saves() {
        return List.copyOf(saves);
    }

    private static NormativeDocument copy(NormativeDocument d, long version, Stamp created, Stamp updated) {
        return new NormativeDocument(d.id(), d.township(), d.draft(), d.status(), d.reviewSubmittedOn(), d.number(),
                d.issuedOn(), d.effectiveOn(), d.validity(), d.amendedBy(), d.amendmentNote(), d.repealedOn(),
                d.repealReason(), d.repealedInCleanUp(), d.expiredOn(), d.reevaluations(), version, created,
                updated);
    }
}
