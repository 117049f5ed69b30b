/**
 * Documents between providers and clients: a provider's terms documents with their versions and
 * the clients' consents to them, and the documents one client and one provider share. The files
 * themselves are stored elsewhere and named here by {@link io.kalenner.domain.document.FileId}.
 */
package io.kalenner.domain.document;
