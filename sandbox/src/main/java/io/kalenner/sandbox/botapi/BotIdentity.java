package io.kalenner.sandbox.botapi;

/** The bot as {@code getMe} describes it; its id is the number a token starts with, as with real tokens. */
record BotIdentity(long id, String firstName, String username) {

    private static final long ID_OF_TOKENS_WITHOUT_ONE = 1_000_000_001L;

    static BotIdentity of(String token) {
        int colon = token.indexOf(':');
        String prefix = colon < 0 ? "" : token.substring(0, colon);
        long id = prefix.matches("\\d{1,18}") ? Long.parseLong(prefix) : ID_OF_TOKENS_WITHOUT_ONE;
        return new BotIdentity(id, "Kalenner Sandbox", "kalenner_sandbox_bot");
    }
}
