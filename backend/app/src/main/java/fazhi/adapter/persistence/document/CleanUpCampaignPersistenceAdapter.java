package fazhi.adapter.persistence.document;

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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CleanUpCampaignPersistenceAdapter implements CleanUpCampaignRepository {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "heldOn", "heldOn",
            "name", "name",
            "createdAt", "createdAt");

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
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.year() != null) {
            where.add("heldOn between :yearStart and :yearEnd");
            parameters.and("yearStart", LocalDate.of(query.year(), 1, 1))
                    .and("yearEnd", LocalDate.of(query.year(), 12, 31));
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status().name());
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<CleanUpCampaignEntity> found = campaigns.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(CleanUpCampaignPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
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
