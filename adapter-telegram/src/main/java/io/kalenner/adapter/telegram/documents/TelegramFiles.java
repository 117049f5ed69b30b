package io.kalenner.adapter.telegram.documents;

import io.kalenner.adapter.telegram.chat.Outgoing;
import io.vavr.control.Try;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.meta.api.methods.GetFile;

/**
 * Reads a file a user sent: {@code getFile}, then a download from the configured Bot API's
 * {@code <apiUrl>/file/bot<token>/<file_path>} (telegrambots' own download always goes to
 * api.telegram.org, which a local Bot API server or the sandbox is not). The URL holds the token,
 * so it is never logged.
 */
public interface TelegramFiles {

    /** Gives the file's content to {@code reader} as it streams in, and closes it after. */
    <T> Try<T> read(String fileId, Function<InputStream, T> reader);

    /** For a router made without a way to download (tests of other flows): every read fails. */
    static TelegramFiles unavailable() {
        return new TelegramFiles() {
            @Override
            public <T> Try<T> read(String fileId, Function<InputStream, T> reader) {
                return Try.failure(new IOException("file downloads are not configured"));
            }
        };
    }

    static TelegramFiles of(Outgoing outgoing, OkHttpClient http, URI apiUrl, String token) {
        String base = apiUrl.toString().replaceAll("/+$", "") + "/file/bot" + token + "/";
        return new TelegramFiles() {
            @Override
            public <T> Try<T> read(String fileId, Function<InputStream, T> reader) {
                return outgoing.call(GetFile.builder().fileId(fileId).build())
                        .flatMap(file -> file.getFilePath() == null
                                ? Try.failure(new IOException("getFile gave no file_path"))
                                : Try.of(() -> {
                                    Request request = new Request.Builder().url(base + file.getFilePath()).get().build();
                                    try (Response response = http.newCall(request).execute()) {
                                        if (!response.isSuccessful() || response.body() == null) {
                                            throw new IOException("file download answered " + response.code()); // no URL: it holds the token
                                        }
                                        try (InputStream content = response.body().byteStream()) {
                                            return reader.apply(content);
                                        }
                                    }
                                }));
            }
        };
    }
}
