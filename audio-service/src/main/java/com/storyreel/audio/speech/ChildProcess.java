package com.storyreel.audio.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a program to completion within a time limit and returns what it printed (stdout and stderr together). */
final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private static final int OUTPUT_CHARS_IN_ERRORS = 500;

    private ChildProcess() {
    }

    /**
     * @throws IOException if the program could not be started (not installed, not executable)
     * @throws SpeechException if it failed, timed out or was interrupted
     */
    static String run(List<String> command, Duration timeout) throws IOException {
        log.debug("Running {}", command);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close(); // nothing is ever fed on stdin
        // Read while it runs so a chatty program never blocks on a full pipe.
        FutureTask<byte[]> output = new FutureTask<>(process.getInputStream()::readAllBytes);
        Thread.ofVirtual().start(output);
        String program = command.getFirst();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SpeechException(program + " did not finish within " + timeout.toSeconds() + " s");
            }
            String printed = new String(output.get(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new SpeechException(program + " failed with exit code " + process.exitValue() + ": "
                        + tail(printed));
            }
            return printed;
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SpeechException(program + " was interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw new SpeechException("Could not read the output of " + program, ex.getCause());
        }
    }

    private static String tail(String printed) {
        String trimmed = printed.strip();
        if (trimmed.isEmpty()) {
            return "(it printed nothing)";
        }
        return trimmed.length() <= OUTPUT_CHARS_IN_ERRORS ? trimmed
                : "..." + trimmed.substring(trimmed.length() - OUTPUT_CHARS_IN_ERRORS);
    }
}
