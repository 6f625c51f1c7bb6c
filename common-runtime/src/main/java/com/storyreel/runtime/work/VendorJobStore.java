package com.storyreel.runtime.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.storyreel.events.Stage;
import com.storyreel.events.VendorCost;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.storyreel.runtime.work.VendorJob.JobStatus;

/**
 * Vendor jobs in {@code vendor_jobs}, and the callbacks vendors sent in {@code vendor_callbacks}.
 * A poller takes a due job with a lease (a conditional update, so of several replicas one wins) and
 * gives it back with the next poll time; callbacks are kept apart so one that arrives before its job
 * is recorded as accepted is not lost.
 */
public class VendorJobStore {

    static final String JOBS = "vendor_jobs";
    static final String CALLBACKS = "vendor_callbacks";

    private final MongoTemplate mongo;
    private final Clock clock;

    public VendorJobStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The indexes the poller's query and the callbacks' lookup need; creating an existing one does nothing. */
    public void ensureIndexes() {
        var collection = mongo.getCollection(JOBS);
        collection.createIndex(Indexes.ascending("status", "kind", "nextPollAt"));
        collection.createIndex(Indexes.ascending("vendor", "vendorJobId"));
    }

    public Optional<VendorJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, JOBS)).map(VendorJobStore::job);
    }

    /** Records that a unit is about to be submitted, replacing the job of an earlier attempt. */
    void submitting(WorkKey key, int attempt, VendorJobHandler handler, String provider, String outputBinding,
            String workToken, String inputType, String input) {
        Instant now = clock.instant();
        Document job = new Document("_id", key.id())
                .append("storyId", key.storyId())
                .append("scene", key.scene())
                .append("stage", key.stage().name())
                .append("inputHash", key.inputHash())
                .append("vendor", handler.vendor())
                .append("kind", handler.kind())
                .append("status", JobStatus.SUBMITTING.name())
                .append("attempt", attempt)
                .append("polls", 0)
                .append("provider", provider)
                .append("outputBinding", outputBinding)
                .append("workToken", workToken)
                .append("inputType", inputType)
                .append("input", input)
                .append("createdAt", Date.from(now));
        mongo.getCollection(JOBS).replaceOne(new Document("_id", key.id()), job,
                new ReplaceOptions().upsert(true));
    }

    /**
     * The vendor accepted the job: poll it from {@code firstPoll} until {@code deadline}, or at once if
     * the vendor's callback came before this was recorded.
     */
    void accepted(String id, String vendor, Submission submission, Instant firstPoll, Instant deadline) {
        boolean calledBack = callback(vendor, submission.vendorJobId()).isPresent();
        Update update = new Update().set("status", JobStatus.RUNNING.name())
                .set("vendorJobId", submission.vendorJobId())
                .set("nextPollAt", Date.from(calledBack ? clock.instant() : firstPoll))
                .set("deadline", Date.from(deadline))
                .set("context", submission.context());
        if (submission.cost() != null) {
            update.set("cost", cost(submission.cost()));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, JOBS);
    }

    /** Gives a running job to a new claim of its unit (the unit's worker died after the submission). */
    void reattach(String id, String workToken) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("workToken", workToken), JOBS);
    }

    /** Running jobs of these kinds whose next poll is due and that nobody holds, oldest due first. */
    List<VendorJob> due(Collection<String> kinds, int limit) {
        Date now = Date.from(clock.instant());
        Query query = Query.query(Criteria.where("status").is(JobStatus.RUNNING.name())
                .and("kind").in(kinds)
                .and("nextPollAt").lte(now)
                .orOperator(Criteria.where("leaseUntil").exists(false), Criteria.where("leaseUntil").lt(now)))
                .limit(limit);
        return mongo.find(query, Document.class, JOBS).stream().map(VendorJobStore::job).toList();
    }

    /** Takes a due job for {@code lease}; returns the lease token, or empty when another poller was first. */
    Optional<String> lease(VendorJob job, Duration lease) {
        String token = UUID.randomUUID().toString();
        Date now = Date.from(clock.instant());
        var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id())
                        .and("status").is(JobStatus.RUNNING.name())
                        .and("nextPollAt").lte(now)
                        .orOperator(Criteria.where("leaseUntil").exists(false), Criteria.where("leaseUntil").lt(now))),
                new Update().set("leaseUntil", Date.from(clock.instant().plus(lease))).set("leaseToken", token), JOBS);
        return result.getModifiedCount() == 1 ? Optional.of(token) : Optional.empty();
    }

    /** Not finished: ask again at {@code next}. */
    void pollAgain(String id, String leaseToken, Instant next, String vendorStatus) {
        mongo.updateFirst(held(id, leaseToken), new Update().inc("polls", 1).set("nextPollAt", Date.from(next))
                .set("vendorStatus", vendorStatus).unset("leaseUntil").unset("leaseToken"), JOBS);
    }

    void finished(String id, String leaseToken, JobStatus status, VendorCost cost, String reason) {
        Update update = new Update().set("status", status.name()).set("finishedAt", Date.from(clock.instant()))
                .inc("polls", 1).unset("leaseUntil").unset("leaseToken").unset("nextPollAt");
        if (cost != null) {
            update.set("cost", cost(cost));
        }
        if (reason != null) {
            update.set("reason", reason);
        }
        mongo.updateFirst(leaseToken == null ? Query.query(Criteria.where("_id").is(id)) : held(id, leaseToken), update,
                JOBS);
    }

    /**
     * Keeps a vendor's callback (the first of duplicates wins) and wakes its job for the next poll round.
     * Returns whether a running job was waiting for it.
     */
    public boolean recordCallback(String vendor, String vendorJobId, String payload) {
        try {
            mongo.getCollection(CALLBACKS).insertOne(new Document("_id", vendor + ":" + vendorJobId)
                    .append("vendor", vendor).append("vendorJobId", vendorJobId).append("payload", payload)
                    .append("receivedAt", Date.from(clock.instant())));
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
        }
        return mongo.updateFirst(Query.query(Criteria.where("vendor").is(vendor).and("vendorJobId").is(vendorJobId)
                        .and("status").is(JobStatus.RUNNING.name())),
                Update.update("nextPollAt", Date.from(clock.instant())), JOBS).getModifiedCount() == 1;
    }

    Optional<String> callback(String vendor, String vendorJobId) {
        return Optional.ofNullable(mongo.findById(vendor + ":" + vendorJobId, Document.class, CALLBACKS))
                .map(d -> d.getString("payload"));
    }

    /** Counts a story's jobs by status (tests and diagnostics). */
    public long count(String storyId, JobStatus status) {
        return mongo.count(Query.query(Criteria.where("storyId").is(storyId).and("status").is(status.name())), JOBS);
    }

    private static Query held(String id, String leaseToken) {
        return Query.query(Criteria.where("_id").is(id).and("leaseToken").is(leaseToken));
    }

    private static Document cost(VendorCost cost) {
        return new Document("vendor", cost.vendor()).append("unit", cost.unit()).append("amount", cost.amount());
    }

    private static VendorJob job(Document d) {
        Document cost = d.get("cost", Document.class);
        return new VendorJob(d.getString("_id"), d.getString("storyId"), d.getInteger("scene"),
                Stage.valueOf(d.getString("stage")), d.getString("inputHash"), d.getString("vendor"), d.getString("kind"),
                d.getString("vendorJobId"), JobStatus.valueOf(d.getString("status")), d.getInteger("attempt", 0),
                d.getInteger("polls", 0), instant(d.getDate("nextPollAt")), instant(d.getDate("deadline")),
                d.getString("provider"), d.getString("outputBinding"), d.getString("workToken"), d.getString("inputType"),
                d.getString("input"), d.getString("context"),
                cost == null ? null : new VendorCost(cost.getString("vendor"), cost.getString("unit"),
                        ((Number) cost.get("amount")).doubleValue()),
                d.getString("vendorStatus"), d.getString("reason"), instant(d.getDate("createdAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
