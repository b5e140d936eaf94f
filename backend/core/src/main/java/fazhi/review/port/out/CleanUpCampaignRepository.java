package fazhi.review.port.out;

import fazhi.review.model.CleanUpCampaign;
import fazhi.review.port.in.CleanUpQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.util.Optional;

/** Where clean-up campaigns are kept, with their decisions. */
public interface CleanUpCampaignRepository {

    Optional<CleanUpCampaign> find(TownshipCode township, String id);

    CleanUpCampaign save(CleanUpCampaign campaign, Stamp stamp);

    Page<CleanUpCampaign> search(TownshipCode township, CleanUpQuery query, PageRequest page);
}
