package com.storyreel.runtime.vendor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.util.unit.DataSize;

/**
 * What may be fetched from a vendor's result URLs.
 *
 * @param hosts host names allowed, exactly or as {@code .suffix} for any subdomain
 * @param contentTypes media types allowed, without parameters
 * @param maxSize the largest body accepted
 * @param deadline how long the whole download may take, redirects and body included, however slowly the
 *        server sends
 */
public record DownloadRule(String vendor, List<String> hosts, List<String> contentTypes, DataSize maxSize,
        Duration deadline) {

    boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return hosts.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .anyMatch(a -> a.startsWith(".") ? h.endsWith(a) || h.equals(a.substring(1)) : h.equals(a));
    }

    boolean allowsContentType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return contentTypes.stream().anyMatch(t -> t.equalsIgnoreCase(type));
    }
}
