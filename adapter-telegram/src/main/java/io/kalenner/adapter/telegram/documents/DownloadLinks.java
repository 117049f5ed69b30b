package io.kalenner.adapter.telegram.documents;

import io.kalenner.application.port.SignedLink;
import java.net.URI;
import java.util.Objects;

/** Where a signed download link is opened: {@code <public base URL>/d/<token>}, served by the web adapter. */
public record DownloadLinks(URI publicUrl) {

    public DownloadLinks {
        Objects.requireNonNull(publicUrl, "publicUrl");
    }

    public String of(SignedLink link) {
        return publicUrl.toString().replaceAll("/+$", "") + "/d/" + link.token();
    }
}
