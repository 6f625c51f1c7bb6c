package com.storyreel.story.watchdog;

import java.time.Instant;
import java.util.Date;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether anything is working on a story now, read from the collections the stage services keep their
 * work in (common-runtime's {@code work_units} and {@code vendor_jobs}): a unit whose worker still holds
 * its lease, or a vendor job still running before its deadline. A dead worker's lease runs out and a job
 * past its deadline is failed by its poller, so neither keeps a story alive for ever.
 */
public class LiveWork {

    private final MongoTemplate mongo;

    public LiveWork(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean existsFor(String storyId, Instant now) {
        Date at = Date.from(now);
        return mongo.exists(Query.query(Criteria.where("storyId").is(storyId).and("status").is("IN_PROGRESS")
                        .and("leaseUntil").gt(at)), "work_units")
                || mongo.exists(Query.query(Criteria.where("storyId").is(storyId).and("status").is("RUNNING")
                        .and("deadline").gt(at)), "vendor_jobs");
    }
}
