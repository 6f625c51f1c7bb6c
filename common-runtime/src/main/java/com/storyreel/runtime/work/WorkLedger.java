package com.storyreel.runtime.work;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The record of every unit of work, in the {@code work_units} collection. A unit is claimed by
 * inserting its key (the insert is atomic, so one claimer wins); a finished unit keeps the event it
 * published so a redelivered request re-publishes instead of redoing the work. The triggering event
 * is kept too, so a unit whose worker died can be resumed by anyone once its lease expires.
 */
public class WorkLedger {

    static final String COLLECTION = "work_units";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final WorkProperties props;

    public WorkLedger(MongoTemplate mongo, Clock clock, WorkProperties props) {
        this.mongo = mongo;
        this.clock = clock;
        this.props = props;
    }

    /** The index the search for stalled units needs; creating an existing one does nothing. */
    public void ensureIndexes() {
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("status", "leaseUntil"));
    }

    /** Asks for a unit; {@code input} is the event that asked for it, kept for resuming. */
    public Claim claim(WorkKey key, int attempt, String inputType, String inputJson) {
        String token = UUID.randomUUID().toString();
        Document unit = new Document("_id", key.id())
                .append("storyId", key.storyId())
                .append("scene", key.scene())
                .append("stage", key.stage().name())
                .append("inputHash", key.inputHash())
                .append("status", WorkStatus.IN_PROGRESS.name())
                .append("attempt", attempt)
                .append("token", token)
                .append("leaseUntil", leaseEnd())
                .append("inputType", inputType)
                .append("input", inputJson)
                .append("createdAt", Date.from(clock.instant()));
        try {
            mongo.getCollection(COLLECTION).insertOne(unit);
            return new Claim.Granted(token);
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            return claimExisting(key, attempt, inputType, inputJson);
        }
    }

    private Claim claimExisting(WorkKey key, int attempt, String inputType, String inputJson) {
        Document existing = mongo.findById(key.id(), Document.class, COLLECTION);
        if (existing == null) {
            return new Claim.Busy();
        }
        WorkStatus status = WorkStatus.valueOf(existing.getString("status"));
        int existingAttempt = existing.getInteger("attempt", 0);
        boolean takeOver = switch (status) {
            case DONE -> false;
            // A failed unit runs again only for a newer attempt (a retry of the story).
            case FAILED -> attempt > existingAttempt;
            case IN_PROGRESS -> existing.getDate("leaseUntil").toInstant().isBefore(clock.instant());
            case WAITING -> false;
        };
        if (status == WorkStatus.DONE || (status == WorkStatus.FAILED && !takeOver)) {
            return new Claim.Done(existing.getString("resultType"), existing.getString("result"));
        }
        if (!takeOver) {
            return new Claim.Busy();
        }
        String token = UUID.randomUUID().toString();
        // Conditional on the token we read, so of several takers exactly one wins.
        var result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(key.id()).and("token").is(existing.getString("token"))),
                new Update().set("status", WorkStatus.IN_PROGRESS.name())
                        .set("attempt", Math.max(attempt, existingAttempt))
                        .set("token", token)
                        .set("leaseUntil", leaseEnd())
                        .set("inputType", inputType)
                        .set("input", inputJson),
                COLLECTION);
        return result.getModifiedCount() == 1 ? new Claim.Granted(token) : new Claim.Busy();
    }

    /** Extends the lease of a unit still held with this token. */
    public boolean renew(WorkKey key, String token) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(key.id()).and("token").is(token)),
                Update.update("leaseUntil", leaseEnd()), COLLECTION).getModifiedCount() == 1;
    }

    /** Hands a unit over to the vendor job it submitted: no lease runs out while the vendor works. */
    public boolean await(WorkKey key, String token) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(key.id()).and("token").is(token)),
                new Update().set("status", WorkStatus.WAITING.name()).unset("leaseUntil"), COLLECTION)
                .getModifiedCount() == 1;
    }

    /** Records the event a finished unit published. */
    public void complete(WorkKey key, String token, String resultType, String resultJson) {
        finish(key, token, WorkStatus.DONE, resultType, resultJson);
    }

    /** Records the failure event of a unit that failed for good. */
    public void fail(WorkKey key, String token, String resultType, String resultJson) {
        finish(key, token, WorkStatus.FAILED, resultType, resultJson);
    }

    private void finish(WorkKey key, String token, WorkStatus status, String resultType, String resultJson) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key.id()).and("token").is(token)),
                new Update().set("status", status.name())
                        .set("resultType", resultType)
                        .set("result", resultJson)
                        .set("finishedAt", Date.from(clock.instant()))
                        .unset("leaseUntil"),
                COLLECTION);
    }

    /** Units whose worker stopped renewing its lease, oldest first, for the given input types. */
    public List<StalledUnit> stalled(List<String> inputTypes, int limit) {
        Query query = Query.query(Criteria.where("status").is(WorkStatus.IN_PROGRESS.name())
                .and("leaseUntil").lt(Date.from(clock.instant()))
                .and("inputType").in(inputTypes)).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new StalledUnit(d.getString("_id"), d.getString("inputType"), d.getString("input")))
                .toList();
    }

    /** Counts units by status, for a story (tests and diagnostics). */
    public long count(String storyId, WorkStatus status) {
        return mongo.count(Query.query(Criteria.where("storyId").is(storyId).and("status").is(status.name())),
                COLLECTION);
    }

    private Date leaseEnd() {
        Instant end = clock.instant().plus(props.lease());
        return Date.from(end);
    }

    /** A unit to resume from the event that asked for it. */
    public record StalledUnit(String id, String inputType, String inputJson) {
    }
}
