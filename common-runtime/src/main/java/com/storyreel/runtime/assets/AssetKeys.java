package com.storyreel.runtime.assets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed S3 keys: the same inputs always give the same key, so a retried or resumed unit
 * of work overwrites nothing useful and finds what it already made.
 */
public final class AssetKeys {

    private AssetKeys() {
    }

    /** {@code stories/{storyId}/scenes/{scene}/{stage}-{hash}.{ext}} */
    public static String scene(String storyId, int scene, String stage, String inputHash, String extension) {
        return "stories/" + storyId + "/scenes/" + scene + "/" + stage + "-" + inputHash + "." + extension;
    }

    /** {@code stories/{storyId}/{name}-{hash}.{ext}} */
    public static String story(String storyId, String name, String inputHash, String extension) {
        return "stories/" + storyId + "/" + name + "-" + inputHash + "." + extension;
    }

    /** A short, stable hash of the given parts (SHA-256, first 16 hex digits). Nulls count as empty. */
    public static String hash(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
