package com.storyreel.story.watchdog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a story that makes no progress is failed.
 *
 * @param stallAfter how long a story may go unchanged with nothing working on it; longer than any wait in
 *        a Kafka queue the story's next event may sit in
 * @param liveWorkLimit how long a story may go unchanged even while work for it looks alive (a leased unit,
 *        a vendor job before its deadline); past the longest vendor deadline (JSON2Video, 45 min), so it cuts
 *        off only work that should have ended by itself
 * @param interval how often stories are looked at
 */
@ConfigurationProperties("storyreel.watchdog")
public record WatchdogProperties(@DefaultValue("30m") Duration stallAfter, @DefaultValue("60m") Duration liveWorkLimit,
        @DefaultValue("1m") Duration interval) {
}
