package com.storyreel.story.watchdog;

import java.time.Instant;
import java.util.Date;

import com.storyreel.runtime.work.WorkLedger;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether anything is working on a story now, read from where the stage services keep their work
 * (common-runtime's {@code work_units} and {@code vendor_jobs}): a unit whose worker still holds its lease
 * (by the database's clock, as leases are kept), or a vendor job still running before its deadline. A dead worker's lease runs out and a job
 * past its deadline is failed by its poller, so neither keeps a story alive for ever.
 */
public class LiveWork {

    private final MongoTemplate mongo;
    private final WorkLedger ledger;

    public LiveWork(MongoTemplate mongo, WorkLedger ledger) {
        this.mongo = mongo;
        this.ledger = ledger;
    }

    public boolean existsFor(String storyId, Instant now) {
        Date at = Date.from(now);
        return ledger.anyLeased(storyId)
                || mongo.exists(Query.query(Criteria.where("storyId").is(storyId).and("status").is("RUNNING")
                        .and("deadline").gt(at)), "vendor_jobs");
    }
}
