package io.kalenner.sandbox.botapi;

/** A file a bot uploaded in a multipart body. */
record Upload(String fileName, byte[] bytes) {
}
