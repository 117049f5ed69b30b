/**
 * The client's side of a provider's {@code Условия} (terms: status, download, consent) and
 * {@code Документы} (documents shared between the client and that provider: download, upload,
 * delete own). Which documents are picked is kept in the buttons of the message itself, so a
 * screen needs no state of its own on the server.
 */
package io.kalenner.adapter.telegram.documents;
