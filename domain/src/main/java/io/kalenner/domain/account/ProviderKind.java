package io.kalenner.domain.account;

/** What a provider account is: one person, or a business with member specialists. */
public enum ProviderKind {
    SPECIALIST,
    ORGANIZATION
}
