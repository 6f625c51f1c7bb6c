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
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import com.storyreel.runtime.events.EventPublisher;

/** The work ledger, the stage executor and the recovery of stalled work. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(WorkProperties.class)
public class WorkAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService workScheduler() {
        return Executors.newScheduledThreadPool(2, Thread.ofPlatform().name("work-scheduler-", 0).daemon().factory());
    }

    @Bean
    @ConditionalOnMissingBean
    WorkLedger workLedger(MongoTemplate mongo, Clock clock, WorkProperties props) {
        return new WorkLedger(mongo, clock, props);
    }

    @Bean
    @ConditionalOnMissingBean
    StageExecutor stageExecutor(WorkLedger ledger, EventPublisher publisher, JsonMapper json, WorkProperties props,
            MeterRegistry meters, ScheduledExecutorService workScheduler) {
        return new StageExecutor(ledger, publisher, json, props, meters, workScheduler);
    }

    @Bean
    StalledWorkRecovery stalledWorkRecovery(WorkLedger ledger, ObjectProvider<StageWorker<?>> workers, JsonMapper json,
            WorkProperties props, ScheduledExecutorService workScheduler) {
        List<StageWorker<?>> all = workers.orderedStream().toList();
        return new StalledWorkRecovery(ledger, all, json, props, workScheduler);
    }
}
