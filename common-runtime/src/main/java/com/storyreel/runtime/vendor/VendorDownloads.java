package com.storyreel.runtime.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a vendor's result (an image, a rendered movie) into a local file, refusing anything the
 * vendor's {@link DownloadRule} does not allow: plain http (unless allowed, for stub servers), hosts
 * off the list, redirects off the list, unexpected content types, bodies over the size limit and
 * downloads that outlast the rule's deadline (a server trickling bytes keeps each read alive, so only
 * an overall deadline ends it).
 */
public class VendorDownloads {

    private static final Logger log = LoggerFactory.getLogger(VendorDownloads.class);
    private static final int MAX_REDIRECTS = 3;
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("download-deadlines").factory());

    private final HttpClient http;
    private final boolean allowHttp;
    private final Duration timeout;

    public VendorDownloads(boolean allowHttp, Duration timeout) {
        this.allowHttp = allowHttp;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Downloads {@code url} into {@code target}; returns the content type the server declared. */
    public String download(URI url, DownloadRule rule, Path target) {
        Instant deadline = Instant.now().plus(rule.deadline());
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(current, rule);
            HttpResponse<InputStream> response = send(current, rule, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                close(response);
                current = current.resolve(response.headers().firstValue("location").get());
                continue;
            }
            if (status != 200) {
                close(response);
                String reason = "downloading " + describe(current) + " answered HTTP " + status;
                throw status >= 500 || status == 429 || status == 408 ? VendorException.retryable(rule.vendor(), reason, (Duration) null)
                        : VendorException.fatal(rule.vendor(), reason);
            }
            String type = response.headers().firstValue("content-type").orElse(null);
            if (type == null) {
                // A result server always names its type; an answer without one broke off, and may come whole later.
                close(response);
                throw VendorException.retryable(rule.vendor(), "downloading " + describe(current)
                        + " answered without a content type", (Duration) null);
            }
            if (!rule.allowsContentType(type)) {
                close(response);
                throw VendorException.fatal(rule.vendor(), "refused " + describe(current) + ": content type " + type
                        + " is not one of " + rule.contentTypes());
            }
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > rule.maxSize().toBytes()) {
                close(response);
                throw tooLarge(rule, current);
            }
            copy(response, rule, current, target, deadline);
            log.debug("Downloaded {} ({} bytes)", describe(current), sizeOf(target));
            return type;
        }
        throw VendorException.fatal(rule.vendor(), "refused " + describe(url) + ": more than " + MAX_REDIRECTS + " redirects");
    }

    private void check(URI url, DownloadRule rule) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw VendorException.fatal(rule.vendor(), "refused " + describe(url) + ": only https downloads are allowed");
        }
        if (!rule.allowsHost(url.getHost())) {
            throw VendorException.fatal(rule.vendor(), "refused " + describe(url) + ": host " + url.getHost()
                    + " is not on the allow-list " + rule.hosts());
        }
    }

    private HttpResponse<InputStream> send(URI url, DownloadRule rule, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw pastDeadline(rule, url);
        }
        try {
            return http.send(HttpRequest.newBuilder(url).timeout(left.compareTo(timeout) < 0 ? left : timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        }
        catch (HttpTimeoutException ex) {
            throw Instant.now().isBefore(deadline)
                    ? VendorException.retryable(rule.vendor(), "downloading " + describe(url) + " timed out", ex)
                    : pastDeadline(rule, url);
        }
        catch (IOException ex) {
            throw VendorException.retryable(rule.vendor(), "downloading " + describe(url) + " failed: " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw VendorException.fatal(rule.vendor(), "interrupted while downloading " + describe(url));
        }
    }

    private void copy(HttpResponse<InputStream> response, DownloadRule rule, URI url, Path target, Instant deadline) {
        long limit = rule.maxSize().toBytes();
        var watch = new DeadlineWatch(Thread.currentThread(), deadline);
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > limit) {
                    throw tooLarge(rule, url);
                }
                out.write(buffer, 0, n);
            }
        }
        catch (IOException ex) {
            deleteQuietly(target);
            if (watch.fired()) {
                throw pastDeadline(rule, url);
            }
            throw VendorException.retryable(rule.vendor(), "downloading " + describe(url) + " broke off: " + ex.getMessage(), ex);
        }
        catch (VendorException ex) {
            deleteQuietly(target);
            throw ex;
        }
        finally {
            watch.stop();
        }
        if (watch.fired()) {
            deleteQuietly(target);
            throw pastDeadline(rule, url);
        }
    }

    /**
     * Interrupts the downloading thread at the deadline: a blocked read of the response body wakes with an
     * I/O error. The interrupt is taken back once the download is over, so it never leaks to the caller.
     */
    private static final class DeadlineWatch {

        private final Thread thread;
        private final ScheduledFuture<?> alarm;
        private boolean done;
        private boolean fired;

        DeadlineWatch(Thread thread, Instant deadline) {
            this.thread = thread;
            this.alarm = DEADLINES.schedule(this::fire, Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                    TimeUnit.MILLISECONDS);
        }

        private synchronized void fire() {
            if (!done) {
                fired = true;
                thread.interrupt();
            }
        }

        synchronized void stop() {
            done = true;
            alarm.cancel(false);
            if (fired) {
                Thread.interrupted();
            }
        }

        synchronized boolean fired() {
            return fired;
        }
    }

    private static VendorException pastDeadline(DownloadRule rule, URI url) {
        return VendorException.fatal(rule.vendor(), "refused " + describe(url) + ": not downloaded within the deadline of "
                + rule.deadline());
    }

    private static VendorException tooLarge(DownloadRule rule, URI url) {
        return VendorException.fatal(rule.vendor(), "refused " + describe(url) + ": larger than " + rule.maxSize());
    }

    /** The URL without its query, which for presigned or signed links holds credentials. */
    static String describe(URI url) {
        return url.getScheme() + "://" + url.getAuthority() + (url.getPath() == null ? "" : url.getPath());
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        }
        catch (IOException ignored) {
            // Nothing useful to do with a body we are discarding.
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ignored) {
            // A partial file in a scratch directory is removed with the directory.
        }
    }
}
