package com.storyreel.runtime.work;

/** The life of a unit of work. */
public enum WorkStatus {
    IN_PROGRESS, DONE, FAILED
}
