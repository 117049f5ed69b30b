package io.kalenner.sandbox.botapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text sent with {@code parse_mode=HTML}, read as Telegram reads it: the tags it supports, the
 * entities {@code &lt; &gt; &amp; &quot;} and numeric ones (any other {@code &} stays as it is),
 * and the same complaints, with UTF-8 byte offsets, when the markup is broken. The tags become
 * the message's entities, as Telegram turns them into MessageEntity objects.
 */
record HtmlText(String plain, List<TextEntity> entities, Optional<String> error) {

    HtmlText {
        entities = List.copyOf(entities);
    }

    private static final Set<String> SUPPORTED_TAGS = Set.of("a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "tg-emoji", "tg-time", "code", "pre", "blockquote");

    static HtmlText parse(String html) {
        return new Parser(html).run();
    }

    private static final class Parser {

        private final String html;
        private final StringBuilder plain = new StringBuilder();
        private final Deque<OpenTag> open = new ArrayDeque<>();
        private final List<TextEntity> entities = new ArrayList<>();
        private int i;

        Parser(String html) {
            this.html = html;
        }

        HtmlText run() {
            while (i < html.length()) {
                char c = html.charAt(i);
                Optional<String> error = c == '<' ? tag() : c == '&' ? entity() : character(c);
                if (error.isPresent()) {
                    return new HtmlText("", List.of(), error);
                }
            }
            if (!open.isEmpty()) {
                return new HtmlText("", List.of(), Optional.of("Can't find end tag corresponding to start tag \"" + open.peek().name() + "\""));
            }
            entities.sort(Comparator.comparingInt(TextEntity::offset));
            return new HtmlText(plain.toString(), entities, Optional.empty());
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
            open.push(new OpenTag(name, attributes(attributes), plain.length()));
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
            if (!open.peek().name().equals(name)) {
                return Optional.of("Unmatched end tag at byte offset " + byteOffset(start)
                        + ", expected \"</" + open.peek().name() + ">\", found \"</" + name + ">\"");
            }
            OpenTag tag = open.pop();
            i = close + 1;
            entityOf(tag, plain.length() - tag.offset()).ifPresent(this::addEntity);
            return Optional.empty();
        }

        /** Telegram keeps no empty entity, and a code block inside pre only names the pre's language. */
        private void addEntity(TextEntity entity) {
            if (entity.length() == 0) {
                return;
            }
            if (entity.type().equals("pre") && entity.language().isEmpty()) {
                Optional<TextEntity> code = entities.stream()
                        .filter(inner -> inner.type().equals("code") && inner.offset() == entity.offset() && inner.length() == entity.length())
                        .findFirst();
                if (code.isPresent()) {
                    entities.remove(code.get());
                    entities.add(new TextEntity("pre", entity.offset(), entity.length(), Optional.empty(), code.get().language()));
                    return;
                }
            }
            entities.add(entity);
        }

        private static Optional<TextEntity> entityOf(OpenTag tag, int length) {
            Map<String, String> attributes = tag.attributes();
            return switch (tag.name()) {
                case "b", "strong" -> Optional.of(TextEntity.of("bold", tag.offset(), length));
                case "i", "em" -> Optional.of(TextEntity.of("italic", tag.offset(), length));
                case "u", "ins" -> Optional.of(TextEntity.of("underline", tag.offset(), length));
                case "s", "strike", "del" -> Optional.of(TextEntity.of("strikethrough", tag.offset(), length));
                case "span", "tg-spoiler" -> Optional.of(TextEntity.of("spoiler", tag.offset(), length));
                case "pre" -> Optional.of(TextEntity.of("pre", tag.offset(), length));
                // a code's language counts only inside pre; addEntity moves it there
                case "code" -> Optional.of(new TextEntity("code", tag.offset(), length, Optional.empty(),
                        Optional.ofNullable(attributes.get("class")).filter(name -> name.startsWith("language-"))
                                .map(name -> name.substring("language-".length()))));
                case "blockquote" -> Optional.of(TextEntity.of(attributes.containsKey("expandable") ? "expandable_blockquote" : "blockquote",
                        tag.offset(), length));
                case "a" -> Optional.ofNullable(attributes.get("href")).filter(href -> !href.isBlank())
                        .map(href -> new TextEntity("text_link", tag.offset(), length, Optional.of(href), Optional.empty()));
                // custom emoji and times are shown as their plain text in the sandbox
                default -> Optional.empty();
            };
        }

        private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

        /** Attribute names (lower case) to their values with entities decoded; a bare attribute has "". */
        private static Map<String, String> attributes(String text) {
            Map<String, String> attributes = new HashMap<>();
            Matcher matcher = ATTRIBUTE.matcher(text);
            while (matcher.find()) {
                String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3) != null ? matcher.group(3)
                        : matcher.group(4) != null ? matcher.group(4) : "";
                attributes.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), decodeEntities(value));
            }
            return attributes;
        }

        private static String decodeEntities(String text) {
            StringBuilder decoded = new StringBuilder();
            int at = 0;
            while (at < text.length()) {
                int semicolon = text.charAt(at) == '&' ? text.indexOf(';', at) : -1;
                Optional<String> entity = semicolon < 0 ? Optional.empty() : decode(text.substring(at + 1, semicolon));
                if (entity.isPresent()) {
                    decoded.append(entity.get());
                    at = semicolon + 1;
                } else {
                    decoded.append(text.charAt(at++));
                }
            }
            return decoded.toString();
        }

        private int byteOffset(int index) {
            return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** A start tag waiting for its end tag; {@code offset} is where its text starts in the plain text. */
    private record OpenTag(String name, Map<String, String> attributes, int offset) {
    }
}
