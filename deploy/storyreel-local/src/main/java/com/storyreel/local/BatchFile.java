package com.storyreel.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stories of {@code storyreel make --batch FILE}: one prompt a line, or a line starting with '{' holding
 * a whole request as {@code POST /api/stories} takes it (JSON Lines). Blank lines and lines starting with '#'
 * are skipped. Each story remembers its line, so whatever is wrong with it is told by line number.
 */
record BatchFile(Path file, List<Line> stories) {

    /** A story of the file: its line number (from 1) and the request it asks for. */
    record Line(int number, Map<String, Object> request) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> REQUEST = new TypeReference<>() {
    };

    /**
     * Reads the file; {@code defaults} (from --scenes, --aspect, --voice, --style) fill what a line does not
     * say. Every bad line is reported at once, before anything starts.
     */
    static BatchFile read(Path file, Map<String, Object> defaults) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        }
        catch (IOException ex) {
            throw new Options.UsageException("Cannot read the batch " + file + ": " + ex.getMessage());
        }
        return parse(file, lines, defaults);
    }

    static BatchFile parse(Path file, List<String> lines, Map<String, Object> defaults) {
        List<Line> stories = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            int number = index + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Map<String, Object> request = new LinkedHashMap<>(defaults);
            if (line.startsWith("{")) {
                try {
                    request.putAll(JSON.readValue(line, REQUEST));
                }
                catch (JacksonException ex) {
                    problems.add(file + " line " + number + ": not valid JSON (" + ex.getOriginalMessage() + ")");
                    continue;
                }
            }
            else {
                request.put("prompt", line);
            }
            stories.add(new Line(number, request));
        }
        if (problems.isEmpty() && stories.isEmpty()) {
            problems.add(file + " holds no story: one prompt a line, or one JSON request a line");
        }
        if (!problems.isEmpty()) {
            throw new Options.UsageException(String.join("; ", problems));
        }
        return new BatchFile(file, List.copyOf(stories));
    }

    /** The stories in chunks of at most {@code size}, each one batch of the gateway. */
    List<List<Line>> chunks(int size) {
        List<List<Line>> chunks = new ArrayList<>();
        for (int start = 0; start < stories.size(); start += size) {
            chunks.add(stories.subList(start, Math.min(stories.size(), start + size)));
        }
        return chunks;
    }
}
