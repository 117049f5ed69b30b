/** First contact and the way home: {@code /start} with or without an invitation, and the main menu. */
package io.kalenner.adapter.telegram.start;
