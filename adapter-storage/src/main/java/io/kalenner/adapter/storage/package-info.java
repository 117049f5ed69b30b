/**
 * Document storage on the file system, encrypted at rest with AES-256-GCM
 * ({@link io.kalenner.adapter.storage.FileSystemDocumentStore}), and the program's secret key
 * ({@link io.kalenner.adapter.storage.SecretKeys}), from which the document key and the download
 * link signing key are derived. Signed links themselves need no storage: they are made by
 * {@code io.kalenner.application.inmemory.HmacLinkSigner}. See {@code docs/security.md}.
 */
package io.kalenner.adapter.storage;
