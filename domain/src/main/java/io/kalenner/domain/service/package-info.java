/** What a provider offers: a named service with a duration, a price, an optional description and payment link; archived ones keep history. */
package io.kalenner.domain.service;
