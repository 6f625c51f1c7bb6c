package com.storyreel.runtime.vendor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every vendor client shares.
 *
 * @param allowHttpDownloads accept plain-http result URLs; only for tests against stub servers
 * @param downloadTimeout how long a result server may take to answer a download (its headers); each
 *        download's overall deadline is its vendor's own
 * @param connectTimeout how long to wait for a vendor connection
 */
@ConfigurationProperties("storyreel.vendors")
public record VendorProperties(@DefaultValue("false") boolean allowHttpDownloads,
        @DefaultValue("5m") Duration downloadTimeout, @DefaultValue("10s") Duration connectTimeout) {
}
