package com.storyreel.runtime.work;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.events.EventPublisher;
import com.storyreel.runtime.tracing.StoryContext;
import com.storyreel.runtime.tracing.StoryContextAutoConfiguration;

/** The work ledger, the stage executor, the recovery of stalled work and the vendor job poller. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        after = StoryContextAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties({ WorkProperties.class, VendorJobProperties.class })
public class WorkAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Renews the leases of running work and nothing else, so no other task can delay a renewal. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService workLeaseRenewals() {
        return Executors.newScheduledThreadPool(2, Thread.ofPlatform().name("work-leases-", 0).daemon().factory());
    }

    @Bean
    @ConditionalOnMissingBean
    WorkLedger workLedger(MongoTemplate mongo, Clock clock, WorkProperties props) {
        WorkLedger ledger = new WorkLedger(mongo, clock, props);
        ledger.ensureIndexes();
        return ledger;
    }

    @Bean
    @ConditionalOnMissingBean
    VendorJobStore vendorJobStore(MongoTemplate mongo, Clock clock) {
        VendorJobStore jobs = new VendorJobStore(mongo, clock);
        jobs.ensureIndexes();
        return jobs;
    }

    @Bean
    @ConditionalOnMissingBean
    StageExecutor stageExecutor(WorkLedger ledger, EventPublisher publisher, JsonMapper json, WorkProperties props,
            MeterRegistry meters, ScheduledExecutorService workLeaseRenewals, VendorJobStore jobs, Clock clock,
            Environment environment) {
        WorkDeadlineCheck.of(environment).verify(props.deadline());
        return new StageExecutor(ledger, publisher, json, props, meters, workLeaseRenewals, jobs, clock);
    }

    @Bean
    VendorJobPoller vendorJobPoller(VendorJobStore jobs, ObjectProvider<VendorJobHandler> handlers,
            StageExecutor executor, VendorJobProperties props, Clock clock, MeterRegistry meters, StoryContext stories) {
        return new VendorJobPoller(jobs, handlers.orderedStream().toList(), executor, props, clock, meters, stories);
    }

    @Bean
    StalledWorkRecovery stalledWorkRecovery(WorkLedger ledger, ObjectProvider<StageWorker<?>> workers, JsonMapper json,
            WorkProperties props, StoryContext stories) {
        List<StageWorker<?>> all = workers.orderedStream().toList();
        return new StalledWorkRecovery(ledger, all, json, props, stories);
    }
}
