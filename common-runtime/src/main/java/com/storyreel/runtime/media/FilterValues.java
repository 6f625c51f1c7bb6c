package com.storyreel.runtime.media;

/** Escaping for values (such as file paths) placed inside an ffmpeg filter graph. */
public final class FilterValues {

    private FilterValues() {
    }

    /**
     * Escapes a value for a filter option inside a filter graph: once for the option parser
     * ({@code \ ' :}) and once more for the graph parser ({@code \ ' [ ] , ;}).
     */
    public static String escape(String value) {
        String option = value.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\:");
        StringBuilder graph = new StringBuilder(option.length() + 16);
        for (char c : option.toCharArray()) {
            if ("\\'[],;".indexOf(c) >= 0) {
                graph.append('\\');
            }
            graph.append(c);
        }
        return graph.toString();
    }
}
