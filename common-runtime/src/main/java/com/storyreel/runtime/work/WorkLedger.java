package com.storyreel.runtime.work;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.storyreel.runtime.leases.ServerTimeLease;

/**
 * The record of every unit of work, in the {@code work_units} collection. A unit is claimed by
 * inserting its key (the insert is atomic, so one claimer wins); a finished unit keeps the event it
 * published so a redelivered request re-publishes instead of redoing the work. The triggering event
 * is kept too, so a unit whose worker died can be resumed by anyone once its lease expires.
 * <p>
 * Leases are kept in the database's time, never a replica's ({@link ServerTimeLease}): a claim or renewal
 * stamps {@code renewedAt} with the server's clock, so replicas whose clocks disagree agree on every lease.
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
        units().createIndex(Indexes.ascending("status", "inputType"));
    }

    /**
     * Asks for a unit; {@code input} is the event that asked for it, kept for resuming. The insert is an
     * upsert whose filter matches no existing unit, so it creates the unit with the server's time or fails
     * on the duplicate key.
     */
    public Claim claim(WorkKey key, int attempt, String inputType, String inputJson) {
        return claim(key, attempt, inputType, inputJson, false);
    }

    /**
     * As {@link #claim(WorkKey, int, String, String)}; {@code paid} marks work that calls a paid vendor
     * synchronously, so that whoever takes it over from a dead holder gets {@link Claim.CutOff}.
     */
    public Claim claim(WorkKey key, int attempt, String inputType, String inputJson, boolean paid) {
        String token = UUID.randomUUID().toString();
        Bson unit = Updates.combine(
                Updates.setOnInsert("storyId", key.storyId()),
                Updates.setOnInsert("scene", key.scene()),
                Updates.setOnInsert("stage", key.stage().name()),
                Updates.setOnInsert("inputHash", key.inputHash()),
                Updates.setOnInsert("status", WorkStatus.IN_PROGRESS.name()),
                Updates.setOnInsert("attempt", attempt),
                Updates.setOnInsert("token", token),
                Updates.setOnInsert("leaseMs", props.lease().toMillis()),
                Updates.setOnInsert("inputType", inputType),
                Updates.setOnInsert("input", inputJson),
                Updates.setOnInsert("paid", paid),
                Updates.setOnInsert("createdAt", Date.from(clock.instant())),
                Updates.currentDate("renewedAt"));
        try {
            units().updateOne(Filters.and(Filters.eq("_id", key.id()), Filters.in("status", List.of())), unit,
                    new UpdateOptions().upsert(true));
            return new Claim.Granted(token);
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            return claimExisting(key, attempt, inputType, inputJson, paid);
        }
    }

    /**
     * Takes an existing unit over, conditional on the token read (so of several takers exactly one wins) and,
     * for a unit in progress, on its lease having run out by the server's clock. A failed unit, or one waiting
     * on a vendor job, is taken over only by a newer attempt (a retry of the story); the new holder re-attaches
     * to a job still running rather than submitting again. A unit in progress whose dead holder was doing paid
     * work is handed over as {@link Claim.CutOff}.
     */
    private Claim claimExisting(WorkKey key, int attempt, String inputType, String inputJson, boolean paid) {
        Document existing = units().find(Filters.eq("_id", key.id())).first();
        if (existing == null) {
            return new Claim.Busy();
        }
        WorkStatus status = WorkStatus.valueOf(existing.getString("status"));
        int existingAttempt = existing.getInteger("attempt", 0);
        if (status == WorkStatus.DONE || (status == WorkStatus.FAILED && attempt <= existingAttempt)) {
            return new Claim.Done(existing.getString("resultType"), existing.getString("result"));
        }
        if (status == WorkStatus.WAITING && attempt <= existingAttempt) {
            return new Claim.Busy();
        }
        Bson held = Filters.and(Filters.eq("_id", key.id()), Filters.eq("token", existing.getString("token")),
                Filters.eq("status", status.name()));
        Bson free = status == WorkStatus.IN_PROGRESS ? Filters.and(held, ServerTimeLease.over("renewedAt")) : held;
        String token = UUID.randomUUID().toString();
        var result = units().updateOne(free, Updates.combine(
                Updates.set("status", WorkStatus.IN_PROGRESS.name()),
                Updates.set("attempt", Math.max(attempt, existingAttempt)),
                Updates.set("token", token),
                Updates.set("leaseMs", props.lease().toMillis()),
                Updates.currentDate("renewedAt"),
                Updates.set("inputType", inputType),
                Updates.set("input", inputJson),
                Updates.set("paid", paid)));
        if (result.getMatchedCount() != 1) {
            return new Claim.Busy();
        }
        boolean diedPaying = status == WorkStatus.IN_PROGRESS && existing.getBoolean("paid", false);
        return diedPaying ? new Claim.CutOff(token) : new Claim.Granted(token);
    }

    /** Extends the lease of a unit still in progress under this token; false means another holder has it. */
    public boolean renew(WorkKey key, String token) {
        return units().updateOne(Filters.and(Filters.eq("_id", key.id()), Filters.eq("token", token),
                        Filters.eq("status", WorkStatus.IN_PROGRESS.name())),
                Updates.currentDate("renewedAt")).getMatchedCount() == 1;
    }

    /** Hands a unit over to the vendor job it submitted: no lease runs out while the vendor works. */
    public boolean await(WorkKey key, String token) {
        return units().updateOne(Filters.and(Filters.eq("_id", key.id()), Filters.eq("token", token),
                        Filters.eq("status", WorkStatus.IN_PROGRESS.name())),
                Updates.combine(Updates.set("status", WorkStatus.WAITING.name()), Updates.unset("renewedAt")))
                .getMatchedCount() == 1;
    }

    /** Records the event a finished unit published; returns whether this holder still had the unit (see finish). */
    public boolean complete(WorkKey key, String token, String resultType, String resultJson) {
        return finish(key, token, WorkStatus.DONE, resultType, resultJson);
    }

    /** Records the failure event of a unit that failed for good; returns whether this holder still had the unit. */
    public boolean fail(WorkKey key, String token, String resultType, String resultJson) {
        return finish(key, token, WorkStatus.FAILED, resultType, resultJson);
    }

    /**
     * Applies only while the unit is held under {@code token}: waiting on its vendor job, or in progress with
     * its lease still running by the server's clock. A worker whose lease ran out (another may have taken the
     * unit over) finishes nothing, and the caller publishes only when this returns true.
     */
    private boolean finish(WorkKey key, String token, WorkStatus status, String resultType, String resultJson) {
        Bson held = Filters.and(Filters.eq("_id", key.id()), Filters.eq("token", token),
                Filters.or(Filters.eq("status", WorkStatus.WAITING.name()),
                        Filters.and(Filters.eq("status", WorkStatus.IN_PROGRESS.name()), ServerTimeLease.running("renewedAt"))));
        return units().updateOne(held, Updates.combine(
                Updates.set("status", status.name()),
                Updates.set("resultType", resultType),
                Updates.set("result", resultJson),
                Updates.set("finishedAt", Date.from(clock.instant())),
                Updates.unset("renewedAt"))).getMatchedCount() == 1;
    }

    /** Units whose worker stopped renewing its lease (by the server's clock), for the given input types. */
    public List<StalledUnit> stalled(List<String> inputTypes, int limit) {
        Bson query = Filters.and(Filters.eq("status", WorkStatus.IN_PROGRESS.name()), Filters.in("inputType", inputTypes),
                ServerTimeLease.over("renewedAt"));
        return units().find(query).limit(limit).into(new ArrayList<>()).stream()
                .map(d -> new StalledUnit(d.getString("_id"), d.getString("inputType"), d.getString("input")))
                .toList();
    }

    /** Whether a worker is on a unit of this story now: in progress under a lease that still runs by the server's clock. */
    public boolean anyLeased(String storyId) {
        return units().find(Filters.and(Filters.eq("storyId", storyId), Filters.eq("status", WorkStatus.IN_PROGRESS.name()),
                ServerTimeLease.running("renewedAt"))).first() != null;
    }

    /** Counts units by status, for a story (tests and diagnostics). */
    public long count(String storyId, WorkStatus status) {
        return units().countDocuments(Filters.and(Filters.eq("storyId", storyId), Filters.eq("status", status.name())));
    }

    private MongoCollection<Document> units() {
        return mongo.getCollection(COLLECTION);
    }

    /** A unit to resume from the event that asked for it. */
    public record StalledUnit(String id, String inputType, String inputJson) {
    }
}
