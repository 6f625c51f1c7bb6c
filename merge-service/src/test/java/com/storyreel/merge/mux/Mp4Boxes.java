package com.storyreel.merge.mux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The types of an MP4 file's top-level boxes, in file order. */
final class Mp4Boxes {

    private Mp4Boxes() {
    }

    static List<String> topLevel(Path file) {
        List<String> types = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            long position = 0;
            long end = channel.size();
            ByteBuffer header = ByteBuffer.allocate(16);
            while (position + 8 <= end) {
                header.clear();
                channel.read(header, position);
                long size = Integer.toUnsignedLong(header.getInt(0));
                types.add(new String(header.array(), 4, 4, StandardCharsets.US_ASCII));
                if (size == 1) {
                    size = header.getLong(8);
                }
                else if (size == 0) {
                    size = end - position;
                }
                if (size < 8) {
                    throw new IllegalStateException("Broken box at " + position + " in " + file);
                }
                position += size;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return types;
    }
}
