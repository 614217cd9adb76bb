package vn.hailong.shared;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}, {@code %msg}, {@code %message} in every pattern, see logback-spring.xml) on one
 * line: CR, LF and other control characters from request values are written as backslash-r, backslash-n,
 * {@code \\u} and four hex digits, so a value can never start a forged log line.
 */
public class OneLineMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    public static String escape(String message) {
        if (message == null
                || message.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f || c == 0x2028 || c == 0x2029)) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16);
        for (char c : message.toCharArray()) {
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append(c);
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
