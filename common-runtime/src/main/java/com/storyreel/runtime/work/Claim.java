package com.storyreel.runtime.work;

/** What the ledger says when asked for a unit of work. */
public sealed interface Claim {

    /** Go ahead: the unit is yours until the lease runs out (the executor renews it while working). */
    record Granted(String token) implements Claim {
    }

    /** Already done: here is the event it published. */
    record Done(String resultType, String resultJson) implements Claim {
    }

    /**
     * Yours, but its previous holder died during paid work it had started (see {@link StageExecutor#runPaid}):
     * whether the vendor billed it is unknown, so the unit is failed rather than paid for again.
     */
    record CutOff(String token) implements Claim {
    }

    /** Someone is working on it right now (or crashed; the lease will tell). */
    record Busy() implements Claim {
    }
}
