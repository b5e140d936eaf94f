package fazhi.testing;

import fazhi.review.model.CleanUpCampaign;
import fazhi.review.port.in.CleanUpQuery;
import fazhi.review.port.out.CleanUpCampaignRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Clean-up campaigns kept as copies; each save raises the version by one. */
public final class InMemoryCleanUpCampaignRepository implements CleanUpCampaignRepository {

    private final Map<String, CleanUpCampaign> campaigns = new LinkedHashMap<>();
    private final List<CleanUpCampaign> saves = new ArrayList<>();

    public CleanUpCampaign store(CleanUpCampaign campaign) {
        campaigns.put(campaign.id(), copy(campaign, campaign.version(), campaign.created(), campaign.updated()));
        return campaign;
    }

    @Override
    public Optional<CleanUpCampaign> find(TownshipCode township, String id) {
        return Optional.ofNullable(campaigns.get(id)).filter(c -> c.township().equals(township))
                .map(c -> copy(c, c.version(), c.created(), c.updated()));
    }

    @Override
    public CleanUpCampaign save(CleanUpCampaign campaign, Stamp stamp) {
        CleanUpCampaign stored = campaigns.get(campaign.id());
        long version = stored == null ? 0 : stored.version() + 1;
        CleanUpCampaign saved = copy(campaign, version, stored == null ? stamp : stored.created(), stamp);
        campaigns.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, version, saved.created(), saved.updated());
    }

    @Override
    public Page<CleanUpCampaign> search(TownshipCode township, CleanUpQuery query, PageRequest page) {
        List<CleanUpCampaign> matching = campaigns.values().stream().filter(c -> c.township().equals(township))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), matching.size());
    }

    public CleanUpCampaign stored(String id) {
        return Objects.requireNonNull(campaigns.get(id), "no campaign " + id);
    }

    public List<CleanUpCampaign> saves() {
        return List.copyOf(saves);
    }

    private static CleanUpCampaign copy(CleanUpCampaign c, long version, Stamp created, Stamp updated) {
        return new CleanUpCampaign(c.id(), c.township(), c.name(), c.heldOn(), c.status(), c.closedOn(),
                c.decisions(), version, created, updated);
    }
}
