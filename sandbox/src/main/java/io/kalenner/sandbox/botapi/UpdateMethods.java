package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kalenner.sandbox.botapi.ApiOutcome.Refusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the bot receives updates: long polling, and the webhook settings that rule it out. */
final class UpdateMethods {

    private static final int MAX_LIMIT = 100;

    private final UpdateQueue updates;

    UpdateMethods(UpdateQueue updates) {
        this.updates = updates;
    }

    Map<String, MethodHandler> handlers() {
        return Map.of(
                "getUpdates", this::getUpdates,
                "setWebhook", this::setWebhook,
                "deleteWebhook", this::deleteWebhook,
                "getWebhookInfo", this::getWebhookInfo);
    }

    private ApiOutcome getUpdates(ApiCall call) throws InterruptedException {
        long offset = call.number("offset").orElse(0);
        int limit = (int) Math.max(1, Math.min(MAX_LIMIT, call.number("limit").orElse(MAX_LIMIT)));
        Duration timeout = Duration.ofSeconds(Math.max(0, call.number("timeout").orElse(0)));
        List<String> allowed = new ArrayList<>();
        call.json("allowed_updates").ifPresent(types -> types.forEach(type -> allowed.add(type.asText())));
        return updates.poll(offset, limit, timeout, allowed);
    }

    /**
     * Telegram wants HTTPS; this stand-in on the loopback also takes plain HTTP to the loopback,
     * as a local Bot API server does, so a bot under test needs no certificate ({@link WebhookPusher}).
     */
    private ApiOutcome setWebhook(ApiCall call) {
        String url = call.text("url").orElseThrow();
        if (!url.startsWith("https://") && !WebhookPusher.isLoopbackHttp(url)) {
            return Refusal.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = call.text("secret_token").orElse("");
        if (!secret.matches("[A-Za-z0-9_-]{0,256}")) {
            return Refusal.badRequest("bad webhook: secret token contains unallowed characters");
        }
        updates.setWebhook(url, secret, call.flag("drop_pending_updates"));
        return ApiOutcome.done();
    }

    private ApiOutcome deleteWebhook(ApiCall call) {
        updates.setWebhook("", "", call.flag("drop_pending_updates"));
        return ApiOutcome.done();
    }

    private ApiOutcome getWebhookInfo(ApiCall call) {
        ObjectNode info = TelegramJson.object();
        info.put("url", updates.webhookUrl());
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", updates.pendingCount());
        return ApiOutcome.result(info);
    }
}
