/**
 * The Telegram bot: receives updates through telegrambots, finds the acting account, routes each
 * update to the flow it belongs to, and delivers notifications from the outbox.
 */
package io.kalenner.adapter.telegram;
