package io.kalenner.sandbox.botapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Text sent with {@code parse_mode=HTML}, read as Telegram reads it: the tags it supports, the
 * entities {@code &lt; &gt; &amp; &quot;} and numeric ones (any other {@code &} stays as it is),
 * and the same complaints, with UTF-8 byte offsets, when the markup is broken.
 */
record HtmlText(String plain, Optional<String> error) {

    private static final Set<String> SUPPORTED_TAGS = Set.of("a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "tg-emoji", "tg-time", "code", "pre", "blockquote");

    static HtmlText parse(String html) {
        return new Parser(html).run();
    }

    private static final class Parser {

        private final String html;
        private final StringBuilder plain = new StringBuilder();
        private final Deque<String> open = new ArrayDeque<>();
        private int i;

        Parser(String html) {
            this.html = html;
        }

        HtmlText run() {
            while (i < html.length()) {
                char c = html.charAt(i);
                Optional<String> error = c == '<' ? tag() : c == '&' ? entity() : character(c);
                if (error.isPresent()) {
                    return new HtmlText("", error);
                }
            }
            if (!open.isEmpty()) {
                return new HtmlText("", Optional.of("Can't find end tag corresponding to start tag \"" + open.peek() + "\""));
            }
            return new HtmlText(plain.toString(), Optional.empty());
        }

        private Optional<String> character(char c) {
            plain.append(c);
            i++;
            return Optional.empty();
        }

        private Optional<String> entity() {
            int semicolon = html.indexOf(';', i);
            String name = semicolon < 0 ? "" : html.substring(i + 1, semicolon);
            Optional<String> decoded = decode(name);
            if (decoded.isEmpty()) {
                return character('&');
            }
            plain.append(decoded.get());
            i = semicolon + 1;
            return Optional.empty();
        }

        private static Optional<String> decode(String name) {
            return switch (name) {
                case "lt" -> Optional.of("<");
                case "gt" -> Optional.of(">");
                case "amp" -> Optional.of("&");
                case "quot" -> Optional.of("\"");
                default -> numeric(name);
            };
        }

        private static Optional<String> numeric(String name) {
            boolean hex = name.startsWith("#x") || name.startsWith("#X");
            String digits = hex ? name.substring(2) : name.startsWith("#") ? name.substring(1) : "";
            try {
                return Optional.of(Character.toString(Integer.parseInt(digits, hex ? 16 : 10)));
            } catch (IllegalArgumentException notAnEntity) {
                return Optional.empty();
            }
        }

        private Optional<String> tag() {
            int start = i;
            i++;
            return i < html.length() && html.charAt(i) == '/' ? endTag(start) : startTag(start);
        }

        private Optional<String> startTag(int start) {
            int nameStart = i;
            while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                i++;
            }
            if (i >= html.length()) {
                return Optional.of("Unclosed start tag at byte offset " + byteOffset(start));
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            if (!SUPPORTED_TAGS.contains(name)) {
                return Optional.of("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(start));
            }
            int close = attributesEnd();
            if (close < 0) {
                return Optional.of("Unclosed start tag at byte offset " + byteOffset(start));
            }
            String attributes = html.substring(i, close);
            if (name.equals("span") && !attributes.replace(" ", "").matches("(?s).*class=[\"']?tg-spoiler.*")) {
                return Optional.of("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(start));
            }
            i = close + 1;
            open.push(name);
            return Optional.empty();
        }

        /** The index of the '>' that ends the attributes, skipping any inside quoted values; -1 when none. */
        private int attributesEnd() {
            char quote = 0;
            for (int j = i; j < html.length(); j++) {
                char c = html.charAt(j);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return j;
                }
            }
            return -1;
        }

        private Optional<String> endTag(int start) {
            int close = html.indexOf('>', i);
            if (close < 0) {
                return Optional.of("Unclosed end tag at byte offset " + byteOffset(start));
            }
            String name = html.substring(i + 1, close).trim().toLowerCase(Locale.ROOT);
            if (open.isEmpty()) {
                return Optional.of("Unexpected end tag at byte offset " + byteOffset(start));
            }
            if (!open.peek().equals(name)) {
                return Optional.of("Unmatched end tag at byte offset " + byteOffset(start)
                        + ", expected \"</" + open.peek() + ">\", found \"</" + name + ">\"");
            }
            open.pop();
            i = close + 1;
            return Optional.empty();
        }

        private int byteOffset(int index) {
            return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
