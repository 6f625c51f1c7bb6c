package com.storyreel.runtime.leases;

import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Leases in the database's time, so replicas whose clocks disagree agree on every lease: a holder stamps the
 * lease with the server's clock ({@code $currentDate}) next to its length in {@code leaseMs}, and whether it
 * still runs is a {@code $expr} comparing stamp plus length with {@code $$NOW}. (An aggregation-pipeline
 * update could store the end instead, but the embedded mongo-java-server does not run those.)
 */
public final class ServerTimeLease {

    private ServerTimeLease() {
    }

    /** The lease stamped in {@code stampField} still runs by the server's clock. */
    public static Bson running(String stampField) {
        return Filters.expr(new Document("$gt", List.of(end(stampField), "$$NOW")));
    }

    /** The lease stamped in {@code stampField} has run out by the server's clock (or was never stamped). */
    public static Bson over(String stampField) {
        return Filters.expr(new Document("$lte", List.of(end(stampField), "$$NOW")));
    }

    private static Document end(String stampField) {
        return new Document("$add", List.of("$" + stampField, "$leaseMs"));
    }
}
