package com.storyreel.runtime.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.storyreel.events.Stage;
import com.storyreel.events.VendorCost;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.storyreel.runtime.leases.ServerTimeLease;
import com.storyreel.runtime.work.VendorJob.JobStatus;

/**
 * Vendor jobs in {@code vendor_jobs}, and the callbacks vendors sent in {@code vendor_callbacks}.
 * A poller takes a due job with a lease (a conditional update, so of several replicas one wins; kept in
 * the database's time, see {@link ServerTimeLease}) and gives it back with the next poll time; callbacks are kept apart so one that arrives before its job
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

    /**
     * Gives a running job to the unit's new holder (its worker died after the submission, or a newer attempt took
     * the unit over), conditional on the job still running; false when it has just ended.
     */
    boolean reattach(String id, String workToken, int attempt) {
        return jobs().updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", JobStatus.RUNNING.name())),
                Updates.combine(Updates.set("workToken", workToken), Updates.set("attempt", attempt)))
                .getMatchedCount() == 1;
    }

    /** A job whose submission was cut off was found at the vendor: it runs from now on, for the unit's new holder. */
    void adopt(String id, String workToken, int attempt, String vendor, Submission found, Instant firstPoll,
            Instant deadline) {
        accepted(id, vendor, found, firstPoll, deadline);
        jobs().updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("workToken", workToken),
                Updates.set("attempt", attempt)));
    }

    /**
     * Running jobs of these kinds whose next poll is due and that nobody holds (no poller's lease, or one that ran
     * out by the server's clock), oldest due first.
     */
    List<VendorJob> due(Collection<String> kinds, int limit) {
        Bson query = Filters.and(Filters.eq("status", JobStatus.RUNNING.name()), Filters.in("kind", kinds),
                Filters.lte("nextPollAt", Date.from(clock.instant())), free());
        return jobs().find(query).limit(limit).map(VendorJobStore::job).into(new ArrayList<>());
    }

    /**
     * Takes a due job for {@code lease}, stamped with the server's time; returns the lease token, or empty when
     * another poller was first.
     */
    Optional<String> lease(VendorJob job, Duration lease) {
        String token = UUID.randomUUID().toString();
        var result = jobs().updateOne(Filters.and(Filters.eq("_id", job.id()),
                        Filters.eq("status", JobStatus.RUNNING.name()),
                        Filters.lte("nextPollAt", Date.from(clock.instant())), free()),
                Updates.combine(Updates.set("leaseToken", token), Updates.set("leaseMs", lease.toMillis()),
                        Updates.currentDate("leasedAt")));
        return result.getMatchedCount() == 1 ? Optional.of(token) : Optional.empty();
    }

    /** Extends a poller's lease while it downloads a long result; false when another poller has the job now. */
    boolean renewLease(String id, String leaseToken) {
        return jobs().updateOne(Filters.and(held(id, leaseToken), Filters.eq("status", JobStatus.RUNNING.name())),
                Updates.currentDate("leasedAt")).getMatchedCount() == 1;
    }

    /** Not finished: ask again at {@code next}. */
    void pollAgain(String id, String leaseToken, Instant next, String vendorStatus) {
        jobs().updateOne(held(id, leaseToken), Updates.combine(Updates.inc("polls", 1),
                Updates.set("nextPollAt", Date.from(next)), Updates.set("vendorStatus", vendorStatus), released()));
    }

    /** Ends a job whether or not a poller holds it (a submission that failed or was never made). */
    void finished(String id, String leaseToken, JobStatus status, VendorCost cost, String reason) {
        jobs().updateOne(leaseToken == null ? Filters.eq("_id", id) : held(id, leaseToken),
                ended(status, cost, reason, null, null));
    }

    /**
     * The poller holding the job under {@code leaseToken} found it done: the job keeps the completion event, so a
     * later claim of the unit publishes it instead of submitting again. Returns the job as it is now (with the
     * unit's current holder), or empty when the poller's lease was lost.
     */
    Optional<VendorJob> done(String id, String leaseToken, VendorCost cost, String resultType, String result) {
        return end(id, leaseToken, ended(JobStatus.DONE, cost, null, resultType, result));
    }

    /** As {@link #done}, for a job that failed at the vendor or ran past its deadline. */
    Optional<VendorJob> failed(String id, String leaseToken, VendorCost cost, String reason) {
        return end(id, leaseToken, ended(JobStatus.FAILED, cost, reason, null, null));
    }

    /** The completion event a done job kept, as the ledger keeps one. */
    Optional<Claim.Done> result(String id) {
        return Optional.ofNullable(jobs().find(Filters.eq("_id", id)).first())
                .filter(d -> d.getString("resultType") != null)
                .map(d -> new Claim.Done(d.getString("resultType"), d.getString("result")));
    }

    private Optional<VendorJob> end(String id, String leaseToken, Bson update) {
        return Optional.ofNullable(jobs().findOneAndUpdate(
                        Filters.and(held(id, leaseToken), Filters.eq("status", JobStatus.RUNNING.name())), update,
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(VendorJobStore::job);
    }

    private Bson ended(JobStatus status, VendorCost cost, String reason, String resultType, String result) {
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("status", status.name()),
                Updates.set("finishedAt", Date.from(clock.instant())), Updates.inc("polls", 1),
                Updates.unset("nextPollAt"), released()));
        if (cost != null) {
            updates.add(Updates.set("cost", cost(cost)));
        }
        if (reason != null) {
            updates.add(Updates.set("reason", reason));
        }
        if (resultType != null) {
            updates.add(Updates.set("resultType", resultType));
            updates.add(Updates.set("result", result));
        }
        return Updates.combine(updates);
    }

    private static Bson released() {
        return Updates.combine(Updates.unset("leaseToken"), Updates.unset("leasedAt"));
    }

    /** No poller holds the job: none took it, or its lease ran out by the server's clock. */
    private static Bson free() {
        return Filters.or(Filters.exists("leaseToken", false), ServerTimeLease.over("leasedAt"));
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

    private static Bson held(String id, String leaseToken) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("leaseToken", leaseToken));
    }

    private MongoCollection<Document> jobs() {
        return mongo.getCollection(JOBS);
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
