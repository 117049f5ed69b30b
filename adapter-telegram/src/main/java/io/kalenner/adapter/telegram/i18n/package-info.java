/** The bot's texts in Russian and English, and how dates, times, money and statuses are shown. */
package io.kalenner.adapter.telegram.i18n;
