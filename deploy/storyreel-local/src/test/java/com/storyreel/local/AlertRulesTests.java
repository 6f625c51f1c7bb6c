package com.storyreel.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The alert rules shipped beside the dashboards pass Prometheus' own check. */
class AlertRulesTests {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @Test
    void promtoolFindsTheAlertRulesValid() throws Exception {
        assumeTrue(Files.isExecutable(PROMTOOL), "Skipped: no " + PROMTOOL + " (apt-get install prometheus)");
        Path rules = DashboardQueriesIntegrationTests.repository().resolve("deploy/docker/prometheus/alerts.yml");

        Process check = new ProcessBuilder(PROMTOOL.toString(), "check", "rules", rules.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS: 5 rules found");
    }
}
