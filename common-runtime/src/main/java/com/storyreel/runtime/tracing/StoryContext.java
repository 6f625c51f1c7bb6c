package com.storyreel.runtime.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.storyreel.events.StoryEvent;
import com.storyreel.events.StoryIds;
import com.storyreel.runtime.events.InvalidEventException;
import com.storyreel.runtime.events.StoryMdc;
import com.storyreel.runtime.logging.EscapedMessageConverter;
import com.storyreel.runtime.stories.KnownStories;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Where work on one story runs: the storyId and this service's name in the logging MDC, inside the
 * story's trace. A story is one trace: the story service stores the W3C {@code traceparent} of the
 * span that created it on the story document ({@link #traceparent()}), and every Kafka record carries
 * the trace on in its {@code traceparent} header. Work that starts from no record (a vendor job polled,
 * stalled work resumed, a retry asked over REST, the story recovery and the watchdog), or from a record
 * without the story's trace, continues the trace stored on the document instead of starting its own.
 */
public class StoryContext {

    /**
     * The MDC key of the service's name: six services share one log in the local stack. Not "service",
     * which ECS JSON logs already use for an object of their own.
     */
    public static final String SERVICE = "serviceName";

    static final String TRACEPARENT = "traceparent";
    static final String SPAN_NAME = "storyreel.story";
    /** How much of a refused record's key its reason shows. */
    private static final int MAX_KEY_SHOWN = 100;

    private final String service;
    private final KnownStories stories;
    private final Tracer tracer;
    private final Propagator propagator;

    public StoryContext(String service, KnownStories stories, Tracer tracer, Propagator propagator) {
        this.service = service;
        this.stories = stories;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * Opens the story's context: the storyId and service in the MDC and, unless the current span
     * already belongs to the story's trace, a span of its own continuing it. A record that came with
     * another trace or none (a redelivery by hand, a retry asked over REST) is handled in the story's.
     */
    public Scope open(String storyId) {
        Span current = tracer.currentSpan();
        Span span = stories.traceparent(storyId)
                .filter(parent -> current == null || !current.context().traceId().equals(traceId(parent)))
                .map(parent -> propagator.extract(Map.of(TRACEPARENT, parent), Map::get)
                        .name(SPAN_NAME).tag("storyreel.story", storyId).start())
                .orElse(null);
        StoryMdc mdc = StoryMdc.open(storyId);
        String previousService = MDC.get(SERVICE);
        MDC.put(SERVICE, service);
        return new Scope(mdc, previousService, span, span == null ? null : tracer.withSpan(span));
    }

    /**
     * Wraps a consumer function: rejects a record without a storyId that fits {@link StoryIds}, or keyed for
     * another story or scene (it goes to the dead-letter topic, the reason in its headers), and handles it in the
     * story's context.
     */
    public <E extends StoryEvent> Consumer<Message<E>> around(Consumer<E> handler) {
        return message -> {
            // A record with no value (a tombstone) reaches the function as KafkaNull.
            InvalidEventException.require(message.getPayload() instanceof StoryEvent, "The record is empty");
            E event = message.getPayload();
            StoryIds.problem(event.storyId()).ifPresent(reason -> {
                throw new InvalidEventException(reason);
            });
            keyProblem(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY), event).ifPresent(reason -> {
                throw new InvalidEventException(reason);
            });
            try (var scope = open(event.storyId())) {
                handler.accept(event);
            }
        };
    }

    /**
     * Why a record's key does not fit its event: every record of a story is keyed by its storyId, and a scene's by
     * story and scene ({@link StoryEvent#key()}), which keeps one story's records in order on their partitions. A
     * record without a key, or keyed by its storyId alone, is taken.
     */
    static Optional<String> keyProblem(Object key, StoryEvent event) {
        if (key == null) {
            return Optional.empty();
        }
        String text = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
        if (text.equals(event.key()) || text.equals(event.storyId())) {
            return Optional.empty();
        }
        String shown = text.length() > MAX_KEY_SHOWN ? text.substring(0, MAX_KEY_SHOWN) + "..." : text;
        return Optional.of("The record's key '" + EscapedMessageConverter.escape(shown) + "' is not its event's key '"
                + event.key() + "'");
    }

    /** The W3C traceparent of the current span, kept on a new story; null outside any trace. */
    public String traceparent() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null || context.traceId().isEmpty()) {
            return null;
        }
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + (Boolean.FALSE.equals(context.sampled()) ? "00" : "01");
    }

    /** The trace id in a W3C traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null if it is not one. */
    public static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }

    /** Closes what {@link #open} opened, innermost first. */
    public static final class Scope implements AutoCloseable {

        private final StoryMdc mdc;
        private final String previousService;
        private final Span span;
        private final Tracer.SpanInScope inScope;

        private Scope(StoryMdc mdc, String previousService, Span span, Tracer.SpanInScope inScope) {
            this.mdc = mdc;
            this.previousService = previousService;
            this.span = span;
            this.inScope = inScope;
        }

        @Override
        public void close() {
            if (inScope != null) {
                inScope.close();
                span.end();
            }
            if (previousService == null) {
                MDC.remove(SERVICE);
            }
            else {
                MDC.put(SERVICE, previousService);
            }
            mdc.close();
        }
    }
}
