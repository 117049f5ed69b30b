/** {@code Настройки}: the time zone (UTC offsets with example cities and the local time each gives now) and the language. */
package io.kalenner.adapter.telegram.settings;
