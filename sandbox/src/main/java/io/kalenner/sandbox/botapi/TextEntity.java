package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A MessageEntity: formatting over part of a text, with offset and length in UTF-16 code units as
 * Telegram counts them; {@code url} for a text_link, {@code language} for a pre block.
 */
record TextEntity(String type, int offset, int length, Optional<String> url, Optional<String> language) {

    static TextEntity of(String type, int offset, int length) {
        return new TextEntity(type, offset, length, Optional.empty(), Optional.empty());
    }

    TextEntity shiftedInto(int shift, int textLength) {
        int start = Math.max(0, offset - shift);
        int end = Math.min(textLength, offset + length - shift);
        return new TextEntity(type, start, Math.max(0, end - start), url, language);
    }

    ObjectNode toJson() {
        ObjectNode json = TelegramJson.object();
        json.put("offset", offset);
        json.put("length", length);
        json.put("type", type);
        url.ifPresent(link -> json.put("url", link));
        language.ifPresent(name -> json.put("language", name));
        return json;
    }
}
