package com.storyreel.runtime.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a vendor's result (an image, a rendered movie) into a local file, refusing anything the
 * vendor's {@link DownloadRule} does not allow: plain http (unless allowed, for stub servers), hosts
 * off the list, redirects off the list, unexpected content types and bodies over the size limit.
 */
public class VendorDownloads {

    private static final Logger log = LoggerFactory.getLogger(VendorDownloads.class);
    private static final int MAX_REDIRECTS = 3;

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
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(current, rule);
            HttpResponse<InputStream> response = send(current, rule);
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
            copy(response, rule, current, target);
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

    private HttpResponse<InputStream> send(URI url, DownloadRule rule) {
        try {
            return http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        }
        catch (IOException ex) {
            throw VendorException.retryable(rule.vendor(), "downloading " + describe(url) + " failed: " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw VendorException.fatal(rule.vendor(), "interrupted while downloading " + describe(url));
        }
    }

    private void copy(HttpResponse<InputStream> response, DownloadRule rule, URI url, Path target) {
        long limit = rule.maxSize().toBytes();
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
            throw VendorException.retryable(rule.vendor(), "downloading " + describe(url) + " broke off: " + ex.getMessage(), ex);
        }
        catch (VendorException ex) {
            deleteQuietly(target);
            throw ex;
        }
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
