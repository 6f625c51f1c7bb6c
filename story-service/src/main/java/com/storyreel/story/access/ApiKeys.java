package com.storyreel.story.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys, held only as SHA-256 digests. A presented key is digested and compared
 * with every digest in constant time, so neither the comparison nor the number of keys tried tells an
 * attacker how close a guess was.
 */
public final class ApiKeys {

    private final List<byte[]> digests;

    public ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(ApiKeys::sha256).toList();
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    /** The caller a presented key belongs to, or empty when it is none of the configured keys. */
    public Optional<Caller> callerOf(String presented) {
        byte[] digest = sha256(presented);
        byte[] match = null;
        for (byte[] candidate : digests) {
            // No early exit: every key is compared whatever the outcome.
            if (MessageDigest.isEqual(candidate, digest)) {
                match = candidate;
            }
        }
        return match == null ? Optional.empty() : Optional.of(new Caller(fingerprint(match)));
    }

    /** The name a key is known by in stories and logs: {@code key-} and 12 hex digits of its SHA-256. */
    public static String fingerprint(String key) {
        return fingerprint(sha256(key));
    }

    private static String fingerprint(byte[] digest) {
        return "key-" + HexFormat.of().formatHex(digest, 0, 6);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
