package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kalenner.sandbox.botapi.ApiOutcome.Refusal;
import io.kalenner.sandbox.botapi.MessageRules.Formatted;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** The methods that write into chats: sending text, photos and documents, editing, deleting, answering presses. */
final class MessageMethods {

    private final Chats chats;
    private final FileStore files;

    MessageMethods(Chats chats, FileStore files) {
        this.chats = chats;
        this.files = files;
    }

    Map<String, MethodHandler> handlers() {
        return Map.of(
                "sendMessage", this::sendMessage,
                "sendPhoto", this::sendPhoto,
                "sendDocument", this::sendDocument,
                "editMessageText", this::editMessageText,
                "editMessageReplyMarkup", this::editMessageReplyMarkup,
                "deleteMessage", this::deleteMessage,
                "answerCallbackQuery", this::answerCallbackQuery,
                "getFile", this::getFile);
    }

    private ApiOutcome sendMessage(ApiCall call) {
        Formatted text = Formatted.of(call.text("text").orElse(""), call.text("parse_mode"));
        Optional<JsonNode> markup = call.json("reply_markup");
        Optional<Refusal> refusal = MessageRules.text(text).or(() -> MessageRules.replyMarkup(markup));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return ApiOutcome.result(chatOf(call).botSends(message -> {
            message.put("text", text.plain());
            text.entitiesJson().ifPresent(entities -> message.set("entities", entities));
        }, markup));
    }

    private ApiOutcome sendPhoto(ApiCall call) {
        return sendFile(call, "photo", Attachment.Kind.PHOTO);
    }

    private ApiOutcome sendDocument(ApiCall call) {
        return sendFile(call, "document", Attachment.Kind.DOCUMENT);
    }

    private ApiOutcome sendFile(ApiCall call, String field, Attachment.Kind kind) {
        Formatted caption = Formatted.of(call.text("caption").orElse(""), call.text("parse_mode"));
        Optional<JsonNode> markup = call.json("reply_markup");
        Optional<Refusal> refusal = MessageRules.caption(caption).or(() -> MessageRules.replyMarkup(markup));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        FileOrRefusal file = fileOf(call, field, kind);
        if (file.refusal().isPresent()) {
            return file.refusal().get();
        }
        Consumer<ObjectNode> content = message -> {
            TelegramJson.attach(message, file.file().orElseThrow());
            if (!caption.plain().isEmpty()) {
                message.put("caption", caption.plain());
                caption.entitiesJson().ifPresent(entities -> message.set("caption_entities", entities));
            }
        };
        return ApiOutcome.result(chatOf(call).botSends(content, markup));
    }

    private ApiOutcome editMessageText(ApiCall call) {
        Formatted text = Formatted.of(call.text("text").orElse(""), call.text("parse_mode"));
        Optional<JsonNode> markup = call.json("reply_markup");
        Optional<Refusal> refusal = messageIdRefusal(call).or(() -> MessageRules.text(text)).or(() -> MessageRules.replyMarkup(markup));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return chatOf(call).editText(call.number("message_id").orElseThrow(), text, markup);
    }

    private ApiOutcome editMessageReplyMarkup(ApiCall call) {
        Optional<JsonNode> markup = call.json("reply_markup");
        Optional<Refusal> refusal = messageIdRefusal(call).or(() -> MessageRules.replyMarkup(markup));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return chatOf(call).editMarkup(call.number("message_id").orElseThrow(), markup);
    }

    private ApiOutcome deleteMessage(ApiCall call) {
        OptionalLong messageId = call.number("message_id");
        if (messageId.isEmpty()) {
            return Refusal.badRequest("message identifier is not specified");
        }
        return chatOf(call).delete(messageId.getAsLong());
    }

    private ApiOutcome answerCallbackQuery(ApiCall call) {
        String text = call.text("text").orElse("");
        Optional<Refusal> refusal = MessageRules.callbackAnswerText(text);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        CallbackAnswer answer = new CallbackAnswer(text, call.flag("show_alert"));
        if (!chats.answer(call.text("callback_query_id").orElseThrow(), answer)) {
            return Refusal.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        return ApiOutcome.done();
    }

    private ApiOutcome getFile(ApiCall call) {
        return files.byId(call.text("file_id").orElseThrow())
                .<ApiOutcome>map(file -> ApiOutcome.result(TelegramJson.file(file)))
                .orElseGet(() -> Refusal.badRequest("invalid file_id"));
    }

    /** Edits address a message by chat and id; inline messages (inline_message_id) do not exist in the sandbox. */
    private static Optional<Refusal> messageIdRefusal(ApiCall call) {
        if (call.text("chat_id").isEmpty()) {
            return Optional.of(call.text("inline_message_id").isPresent()
                    ? Refusal.badRequest("MESSAGE_ID_INVALID")
                    : Refusal.badRequest("chat_id is empty"));
        }
        if (call.number("message_id").isEmpty()) {
            return Optional.of(Refusal.badRequest("message identifier is not specified"));
        }
        return Optional.empty();
    }

    /** The file to send: a new upload (multipart, or attach://name), or one Telegram has by its file_id. */
    private FileOrRefusal fileOf(ApiCall call, String field, Attachment.Kind kind) {
        Optional<Upload> upload = call.upload(field);
        if (upload.isPresent()) {
            return kind == Attachment.Kind.PHOTO
                    ? files.storePhoto(upload.get().bytes()).map(FileOrRefusal::of).orElseGet(() -> FileOrRefusal.refused("IMAGE_PROCESS_FAILED"))
                    : FileOrRefusal.of(files.storeDocument(upload.get().fileName(), upload.get().bytes()));
        }
        String fileId = call.text(field).orElse("");
        if (fileId.startsWith("http://") || fileId.startsWith("https://")) {
            // the sandbox fetches nothing from the Internet: a bot relying on it has to notice
            return FileOrRefusal.refused("failed to get HTTP URL content");
        }
        Optional<StoredFile> known = files.byId(fileId);
        if (known.isEmpty()) {
            return FileOrRefusal.refused("wrong file identifier/HTTP URL specified");
        }
        if (known.get().kind() != kind) {
            return FileOrRefusal.refused("can't use file of type " + typeName(known.get().kind()) + " as " + typeName(kind));
        }
        return FileOrRefusal.of(known.get());
    }

    private static String typeName(Attachment.Kind kind) {
        return switch (kind) {
            case PHOTO -> "Photo";
            case DOCUMENT -> "Document";
        };
    }

    /** The checks before guarantee chat_id names a simulated user's chat. */
    private PrivateChat chatOf(ApiCall call) {
        return chats.find(call.number("chat_id").orElseThrow()).orElseThrow();
    }

    private record FileOrRefusal(Optional<StoredFile> file, Optional<Refusal> refusal) {

        static FileOrRefusal of(StoredFile file) {
            return new FileOrRefusal(Optional.of(file), Optional.empty());
        }

        static FileOrRefusal refused(String why) {
            return new FileOrRefusal(Optional.empty(), Optional.of(Refusal.badRequest(why)));
        }
    }
}
