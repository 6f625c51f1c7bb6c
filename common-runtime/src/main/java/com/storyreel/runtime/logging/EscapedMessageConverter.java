package com.storyreel.runtime.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}) with every character that could end or rewrite a line escaped, so a
 * value a client chose (a prompt, a title, a vendor's reason, a storyId) cannot forge or split a log
 * line: CR and LF become {@code \r} and {@code \n}, other control characters and Unicode line breaks
 * {@code \}{@code uXXXX}. Registered for {@code m}, {@code msg} and {@code message} in every logback
 * configuration (common-runtime's {@code logback-spring.xml}, the launcher's {@code logback.xml}).
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    /** The text on one line: CR, LF, other control characters (tab apart) and Unicode line breaks escaped. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(EscapedMessageConverter::breaksLines)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> {
                    if (breaksLines(c)) {
                        escaped.append(String.format("\\u%04x", c));
                    }
                    else {
                        escaped.append((char) c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean breaksLines(int c) {
        return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
    }
}
