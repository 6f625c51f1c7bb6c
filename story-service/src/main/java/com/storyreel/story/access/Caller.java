package com.storyreel.story.access;

/**
 * Who made an API request: the fingerprint of the key it presented ({@code key-} and the first 12 hex
 * digits of the key's SHA-256), which is what stories record as their owner. Never the key itself.
 */
public record Caller(String name) {

    /** The request attribute the caller is kept under while a request is served. */
    public static final String ATTRIBUTE = "com.storyreel.story.access.Caller";
}
