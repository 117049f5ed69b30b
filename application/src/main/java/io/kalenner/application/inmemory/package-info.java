/**
 * In-memory adapters for every outbound port: thread-safe, keeping the same promises as the
 * database ones, so embedders and test suites run every use case without I/O.
 */
package io.kalenner.application.inmemory;
