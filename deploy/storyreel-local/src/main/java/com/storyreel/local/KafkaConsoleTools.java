package com.storyreel.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.tools.ConsoleProducer;
import org.apache.kafka.tools.consumer.ConsoleConsumer;

/**
 * Kafka's own console producer and consumer, bundled so a local user can publish a StoryRequested
 * record or watch a topic without installing Kafka. Arguments pass through unchanged; the bootstrap
 * server defaults to the local broker.
 */
final class KafkaConsoleTools {

    private KafkaConsoleTools() {
    }

    static boolean handles(String command) {
        return command.equals("console-producer") || command.equals("console-consumer");
    }

    static void run(String[] args) {
        List<String> forwarded = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        if (!forwarded.contains("--bootstrap-server")) {
            forwarded.addAll(List.of("--bootstrap-server", "127.0.0.1:9092"));
        }
        String[] toolArgs = forwarded.toArray(String[]::new);
        try {
            if (args[0].equals("console-producer")) {
                ConsoleProducer.main(toolArgs);
            }
            else {
                ConsoleConsumer.main(toolArgs);
            }
        }
        catch (Exception ex) {
            throw new IllegalStateException(args[0] + " failed: " + ex.getMessage(), ex);
        }
    }
}
