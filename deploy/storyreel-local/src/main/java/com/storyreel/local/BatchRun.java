package com.storyreel.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.storyreel.runtime.assets.AssetKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code storyreel make --batch FILE}: asks the gateway for the file's stories as batches of at most 100,
 * follows them by reading each batch, one line per story whenever its status or percent changes, saves each
 * finished story where {@code make} saves one, goes on past failures, and ends with a table of every story.
 */
final class BatchRun {

    static final int MAX_BATCH = 100;

    /** How often the batches are read: twice a minute per batch stays far within the per-key request quota. */
    private static final Duration POLL = Duration.ofSeconds(2);

    /** Where a story stops moving on its own: done, failed, or held for someone to approve it. */
    private static final Set<String> STOPPED = Set.of("COMPLETED", "FAILED", "AWAITING_APPROVAL");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern ITEM_FIELD = Pattern.compile("stories\\[(\\d+)](?:\\.(.*))?");

    private final GatewayClient gateway;
    private final PrintStream out;
    private final Path outDir;
    private final String run;

    /**
     * @param run what, beside a batch's place and requests, its Idempotency-Key is made from: empty, so the same
     *        file run again follows the stories it started; or something new to make them anew
     */
    BatchRun(GatewayClient gateway, PrintStream out, Path outDir, String run) {
        this.gateway = gateway;
        this.out = out;
        this.outDir = outDir;
        this.run = run;
    }

    /**
     * The Idempotency-Key of the file's {@code index}th batch: the same for the same requests at the same place,
     * so a run stopped by a lost connection or Ctrl-C, or a file fixed after a later batch was refused, is run
     * again without paying twice for the stories that had started.
     */
    String idempotencyKey(int index, Map<String, Object> body) {
        return "make-batch-" + AssetKeys.hash(run, index, JSON.writeValueAsString(body));
    }

    /** One story of the run and what is known of it so far. */
    private static final class Item {

        final int line;
        final String storyId;
        String status = "REQUESTED";
        int percent;
        String failedStage = "";
        String output = "";

        Item(int line, String storyId) {
            this.line = line;
            this.storyId = storyId;
        }

        boolean stopped() {
            return STOPPED.contains(status) && (!"COMPLETED".equals(status) || !output.isEmpty());
        }
    }

    /** 0 when every story completed and was saved, 1 when any did not, 2 when the gateway refused a batch. */
    int run(BatchFile file) {
        Map<String, List<Item>> batches = new LinkedHashMap<>();
        List<List<BatchFile.Line>> chunks = file.chunks(MAX_BATCH);
        for (int index = 0; index < chunks.size(); index++) {
            List<BatchFile.Line> chunk = chunks.get(index);
            Map<String, Object> body = Map.of("stories", chunk.stream().map(BatchFile.Line::request).toList());
            JsonNode created;
            try {
                created = gateway.createBatch(body, idempotencyKey(index, body));
            }
            catch (GatewayClient.Refused ex) {
                refused(file, chunk, ex);
                if (!batches.isEmpty()) {
                    out.println("The batches before it were already started: " + String.join(", ", batches.keySet()));
                }
                return 2;
            }
            catch (IllegalStateException ex) {
                out.println(ex.getMessage());
                return 2;
            }
            List<Item> items = new ArrayList<>();
            for (int item = 0; item < chunk.size(); item++) {
                items.add(new Item(chunk.get(item).number(), created.path("stories").get(item).path("storyId").asString()));
            }
            String batchId = created.path("batchId").asString();
            batches.put(batchId, items);
            out.println("Batch " + batchId + " requested: " + items.size() + " stories (lines " + items.getFirst().line + "-"
                    + items.getLast().line + ")");
        }
        follow(batches);
        List<Item> all = batches.values().stream().flatMap(List::stream).toList();
        table(all);
        long done = all.stream().filter(item -> "COMPLETED".equals(item.status) && !item.output.startsWith("(")).count();
        out.println(done + " of " + all.size() + " stories completed");
        return done == all.size() ? 0 : 1;
    }

    /** Names each field the gateway refused by the line it came from. */
    private void refused(BatchFile file, List<BatchFile.Line> chunk, GatewayClient.Refused refusal) {
        JsonNode errors = refusal.problem().path("errors");
        if (refusal.status() != 400 || errors.isEmpty()) {
            out.println(refusal.getMessage());
            return;
        }
        out.println("The gateway refused the batch; nothing of it was started:");
        for (JsonNode error : errors) {
            String field = error.path("field").asString();
            Matcher item = ITEM_FIELD.matcher(field);
            String where = item.matches() && Integer.parseInt(item.group(1)) < chunk.size()
                    ? file.file() + " line " + chunk.get(Integer.parseInt(item.group(1))).number()
                            + (item.group(2) == null ? "" : ": " + item.group(2))
                    : field;
            out.println("  " + where + ": " + error.path("message").asString());
        }
    }

    private void follow(Map<String, List<Item>> batches) {
        while (batches.values().stream().flatMap(List::stream).anyMatch(item -> !item.stopped())) {
            for (Map.Entry<String, List<Item>> batch : batches.entrySet()) {
                if (batch.getValue().stream().allMatch(Item::stopped)) {
                    continue;
                }
                Map<String, Item> byId = new LinkedHashMap<>();
                batch.getValue().forEach(item -> byId.put(item.storyId, item));
                for (JsonNode story : gateway.batch(batch.getKey()).path("stories")) {
                    Item item = byId.get(story.path("storyId").asString());
                    if (item != null && !item.stopped()) {
                        update(item, story);
                    }
                }
            }
            if (batches.values().stream().flatMap(List::stream).anyMatch(item -> !item.stopped())) {
                try {
                    Thread.sleep(POLL);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void update(Item item, JsonNode story) {
        String status = story.path("status").asString();
        int percent = story.path("percent").asInt();
        if (!status.equals(item.status) || percent != item.percent) {
            item.status = status;
            item.percent = percent;
            out.printf("%-20s %-18s %3d%%   (line %d)%n", item.storyId, status, percent, item.line);
        }
        if ("FAILED".equals(status)) {
            item.failedStage = story.path("failedStage").asString("?")
                    + (story.path("failedScene").isMissingNode() ? "" : " scene " + story.path("failedScene").asInt());
            out.println(item.storyId + " failed: " + story.path("reason").asString("?"));
        }
        if ("AWAITING_APPROVAL".equals(status)) {
            item.output = "(waits for approval: POST /api/stories/" + item.storyId + "/approve)";
        }
        if ("COMPLETED".equals(status)) {
            try {
                item.output = StoryFiles.save(gateway, gateway.story(item.storyId), outDir).getFirst().toAbsolutePath().toString();
            }
            catch (IOException | IllegalStateException ex) {
                item.output = "(not saved: " + ex.getMessage() + ")";
            }
        }
    }

    private void table(List<Item> items) {
        int storyWidth = Math.max("story".length(), items.stream().mapToInt(item -> item.storyId.length()).max().orElse(0));
        String row = "%-6s %-" + storyWidth + "s %-18s %-20s %s%n";
        out.println();
        out.printf(row, "line", "story", "status", "failed stage", "output");
        for (Item item : items) {
            out.printf(row, item.line, item.storyId, item.status, item.failedStage, item.output);
        }
    }
}
