package fazhi.adapter.persistence.document;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.review.model.CleanUpCampaign;
import fazhi.review.model.CleanUpDecision;
import fazhi.review.model.CleanUpStatus;
import fazhi.review.model.CleanUpVerdict;
import fazhi.review.port.in.CleanUpQuery;
import fazhi.review.port.out.CleanUpCampaignRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CleanUpCampaignPersistenceAdapter implements CleanUpCampaignRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "heldOn", Order.by("ix_document_clean_ups_held", "held_on"),
            "name", Order.by("ix_document_clean_ups_name", "name"),
            "createdAt", Order.by("ix_document_clean_ups_created", "created_at"));

    private final Campaigns campaigns;

    public CleanUpCampaignPersistenceAdapter(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Optional<CleanUpCampaign> find(TownshipCode township, String id) {
        return campaigns.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(CleanUpCampaignPersistenceAdapter::toDomain);
    }

    @Override
    public CleanUpCampaign save(CleanUpCampaign campaign, Stamp stamp) {
        CleanUpCampaignEntity entity = campaigns.findByIdOptional(campaign.id()).orElseGet(() -> {
            CleanUpCampaignEntity created = new CleanUpCampaignEntity();
            created.id = campaign.id();
            created.township = campaign.township().value();
            return created;
        });
        entity.name = campaign.name();
        entity.heldOn = campaign.heldOn();
        entity.status = campaign.status().name();
        entity.closedOn = campaign.closedOn();
        List<CleanUpDecision> decisions = campaign.decisions();
        entity.decisions.removeIf(row -> decisions.stream().noneMatch(d -> d.documentId().equals(row.documentId)));
        for (int seq = 0; seq < decisions.size(); seq++) {
            CleanUpDecision decision = decisions.get(seq);
            CleanUpDecisionEntity row = entity.decisions.stream()
                    .filter(r -> r.documentId.equals(decision.documentId())).findFirst()
                    .orElseGet(() -> newRow(entity, decision.documentId()));
            if (write(row, decision, seq)) {
                row.stamp(stamp);
            }
        }
        entity.stamp(stamp);
        campaigns.persist(entity);
        campaigns.flush();
        return toDomain(entity);
    }

    @Override
    public Page<CleanUpCampaign> search(TownshipCode township, CleanUpQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(campaigns.getEntityManager(), CleanUpCampaignEntity.class,
                e -> e.id, page).map(CleanUpCampaignPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("clean-up campaigns", CleanUpQuery.class, CleanUpQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    ListQuery listQuery(TownshipCode township, CleanUpQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("normative_document_clean_ups", township.value());
        if (query.year() != null) {
            list.where("held_on BETWEEN ? AND ?", LocalDate.of(query.year(), 1, 1),
                    LocalDate.of(query.year(), 12, 31));
        }
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    private static CleanUpDecisionEntity newRow(CleanUpCampaignEntity campaign, String documentId) {
        CleanUpDecisionEntity row = new CleanUpDecisionEntity();
        row.id = UUID.randomUUID().toString();
        row.campaign = campaign;
        row.township = campaign.township;
        row.documentId = documentId;
        campaign.decisions.add(row);
        return row;
    }

    /** Writes the decision into its row; answers whether anything changed (a new row always has). */
    private static boolean write(CleanUpDecisionEntity row, CleanUpDecision decision, int seq) {
        boolean changed = row.createdAt == null || row.seq != seq
                || !Objects.equals(row.documentNumber, decision.documentNumber())
                || !Objects.equals(row.documentTitle, decision.documentTitle())
                || !Objects.equals(row.verdict, decision.verdict().name())
                || !Objects.equals(row.reason, decision.reason());
        row.documentNumber = decision.documentNumber();
        row.documentTitle = decision.documentTitle();
        row.verdict = decision.verdict().name();
        row.reason = decision.reason();
        row.seq = seq;
        return changed;
    }

    private static CleanUpCampaign toDomain(CleanUpCampaignEntity e) {
        List<CleanUpDecision> decisions = e.decisions.stream()
                .sorted((a, b) -> Integer.compare(a.seq, b.seq))
                .map(r -> new CleanUpDecision(r.documentId, r.documentNumber, r.documentTitle,
                        CleanUpVerdict.valueOf(r.verdict), r.reason))
                .toList();
        return new CleanUpCampaign(e.id, TownshipCode.of(e.township), e.name, e.heldOn,
                CleanUpStatus.valueOf(e.status), e.closedOn, decisions, e.version, e.created(), e.updated());
    }

    @ApplicationScoped
    static class Campaigns implements PanacheRepositoryBase<CleanUpCampaignEntity, String> {
    }
}
