/** Delivers the outbox's notifications to the recipients' chats, rendered in their own language and time. */
package io.kalenner.adapter.telegram.notification;
