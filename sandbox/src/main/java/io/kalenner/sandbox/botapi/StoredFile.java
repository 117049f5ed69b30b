package io.kalenner.sandbox.botapi;

/** A file Telegram keeps: uploaded by a bot or sent by a user; width and height are 0 for documents. */
record StoredFile(Attachment.Kind kind, String fileId, String fileUniqueId, String filePath, String fileName,
        String mimeType, byte[] bytes, int width, int height) {

    Attachment attachment() {
        return new Attachment(kind, fileId, fileName, mimeType, bytes.length);
    }
}
