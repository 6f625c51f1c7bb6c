package com.storyreel.runtime.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Every asset of every story, in one S3 bucket, under content-addressed keys (see {@link AssetKeys}). */
public class AssetStore {

    private static final Logger log = LoggerFactory.getLogger(AssetStore.class);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Duration presignExpiry;

    public AssetStore(S3Client s3, S3Presigner presigner, String bucket, Duration presignExpiry) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.presignExpiry = presignExpiry;
    }

    /** Creates the bucket unless it exists. */
    public void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        }
        catch (S3Exception missing) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
                log.info("Created bucket {}", bucket);
            }
            catch (BucketAlreadyOwnedByYouException raced) {
                // Another service created it first.
            }
        }
    }

    public void put(String key, Path file, String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
    }

    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    /** Copies an object into a local file, replacing it. */
    public Path download(String key, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(partial);
            s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toFile(partial));
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public byte[] read(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        }
        catch (NoSuchKeyException ex) {
            return false;
        }
        catch (S3Exception ex) {
            if (ex.statusCode() == 404) {
                return false;
            }
            throw ex;
        }
    }

    /** A time-limited GET link to an asset, built against the public endpoint. */
    public URI presignedUrl(String key) {
        return presignedUrl(key, presignExpiry);
    }

    public URI presignedUrl(String key, Duration expiry) {
        return URI.create(presigner.presignGetObject(b -> b.signatureDuration(expiry)
                .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString());
    }

    public String bucket() {
        return bucket;
    }
}
