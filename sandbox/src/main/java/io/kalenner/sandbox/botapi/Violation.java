package io.kalenner.sandbox.botapi;

/** One thing a bot did that the real Telegram would refuse, ignore, or that the sandbox does not simulate. */
public record Violation(String method, String description) {

    @Override
    public String toString() {
        return method + ": " + description;
    }
}
