/** {@code Варианты регистрации}: becoming a Specialist or an Organization, and what Kalenner is. */
package io.kalenner.adapter.telegram.registration;
