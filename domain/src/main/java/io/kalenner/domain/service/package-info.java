/** What a provider offers: a named service with a duration and a price; archived ones keep history. */
package io.kalenner.domain.service;
