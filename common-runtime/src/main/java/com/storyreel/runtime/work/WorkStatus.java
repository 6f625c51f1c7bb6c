package com.storyreel.runtime.work;

/** The life of a unit of work. */
public enum WorkStatus {
    IN_PROGRESS,
    /** Submitted to a vendor; the vendor job, not a lease, holds the unit until the job ends. */
    WAITING,
    DONE,
    FAILED
}
