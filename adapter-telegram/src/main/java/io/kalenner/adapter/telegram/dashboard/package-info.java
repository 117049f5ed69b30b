/** {@code Кабинет}: the provider's side of the bot. */
package io.kalenner.adapter.telegram.dashboard;
