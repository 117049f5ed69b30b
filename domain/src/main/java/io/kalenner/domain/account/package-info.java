/**
 * Accounts: every Telegram user is a client; an account may also be a Specialist or an
 * Organization, never both. Holds the account's language and time setting.
 */
package io.kalenner.domain.account;
