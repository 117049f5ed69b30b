/**
 * Kalenner's use cases: one inbound port per user intention, each checking that the acting
 * account may do it, and the outbound ports they need. {@link io.kalenner.application.BookingCore}
 * wires them together from a set of {@link io.kalenner.application.port.Ports}.
 */
package io.kalenner.application;
