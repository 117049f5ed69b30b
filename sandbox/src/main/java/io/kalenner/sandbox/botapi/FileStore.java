package io.kalenner.sandbox.botapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Every file sent in any chat, by file id and by the path {@code getFile} hands out for downloading. */
final class FileStore {

    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> byPath = new ConcurrentHashMap<>();

    StoredFile storeDocument(String fileName, byte[] bytes) {
        String mimeType = Optional.ofNullable(URLConnection.guessContentTypeFromName(fileName)).orElse("application/octet-stream");
        return storeDocument(fileName, mimeType, bytes);
    }

    StoredFile storeDocument(String fileName, String mimeType, byte[] bytes) {
        long number = sequence.incrementAndGet();
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
        return keep(new StoredFile(Attachment.Kind.DOCUMENT, "sandbox-document-" + number, "unique-" + number,
                "documents/file_" + number + extension, fileName, mimeType, bytes.clone(), 0, 0));
    }

    /** Empty when the bytes are no image Telegram could process. */
    Optional<StoredFile> storePhoto(byte[] bytes) {
        return dimensions(bytes).map(size -> {
            long number = sequence.incrementAndGet();
            return keep(new StoredFile(Attachment.Kind.PHOTO, "sandbox-photo-" + number, "unique-" + number,
                    "photos/file_" + number + ".jpg", "", "image/jpeg", bytes.clone(), size[0], size[1]));
        });
    }

    Optional<StoredFile> byId(String fileId) {
        return Optional.ofNullable(byId.get(fileId));
    }

    Optional<StoredFile> byPath(String filePath) {
        return Optional.ofNullable(byPath.get(filePath));
    }

    private StoredFile keep(StoredFile file) {
        byId.put(file.fileId(), file);
        byPath.put(file.filePath(), file);
        return file;
    }

    private static Optional<int[]> dimensions(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException notAnImage) {
            return Optional.empty();
        }
    }
}
