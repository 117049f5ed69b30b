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
    private final Violations violations;

    UpdateMethods(UpdateQueue updates, Violations violations) {
        this.updates = updates;
        this.violations = violations;
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

    private ApiOutcome setWebhook(ApiCall call) {
        String url = call.text("url").orElseThrow();
        if (!url.startsWith("https://")) {
            return Refusal.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        updates.setWebhook(url, call.flag("drop_pending_updates"));
        violations.record("setWebhook", "not simulated: the webhook is stored but gets no updates");
        return ApiOutcome.done();
    }

    private ApiOutcome deleteWebhook(ApiCall call) {
        updates.setWebhook("", call.flag("drop_pending_updates"));
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
