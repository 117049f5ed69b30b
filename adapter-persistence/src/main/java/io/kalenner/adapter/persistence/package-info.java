/**
 * The outbound ports on PostgreSQL through jOOQ. The schema comes from the Flyway migrations in
 * {@code db/migration}; the jOOQ classes are generated from them during the build and stay in this
 * module. PostgreSQL itself guards what must hold when requests race: an exclusion constraint
 * keeps a specialist from being booked twice, and the outbox is claimed with
 * {@code FOR UPDATE SKIP LOCKED}.
 */
package io.kalenner.adapter.persistence;
