/** Notifications: what one side of an appointment is told when the other side changes it. */
package io.kalenner.application.notification;
