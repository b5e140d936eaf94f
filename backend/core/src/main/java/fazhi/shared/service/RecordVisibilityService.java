package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.SeeingRecords;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.RecordDirectory;

/** SYS-04: a township the actor may not see, and a record its township does not hold, are not found. */
public final class RecordVisibilityService implements SeeingRecords {

    private final Townships townships;
    private final RecordDirectory records;

    public RecordVisibilityService(Townships townships, RecordDirectory records) {
        this.townships = townships;
        this.records = records;
    }

    @Override
    public void requireVisible(Actor actor, TownshipCode township, String recordType, String id) {
        townships.get(actor, township);
        if (id != null && !records.exists(recordType, township, id)) {
            throw new RecordNotFound(recordType, id);
        }
    }
}
