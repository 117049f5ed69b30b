package io.kalenner.adapter.telegram.documents;

import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.profile.Slug;
import java.net.URI;
import java.util.Objects;

/**
 * Where the web adapter's pages are opened: a signed download link at {@code <public base URL>/d/<token>},
 * a provider's public profile at {@code <public base URL>/p/<slug>}.
 */
public record DownloadLinks(URI publicUrl) {

    public DownloadLinks {
        Objects.requireNonNull(publicUrl, "publicUrl");
    }

    public String of(SignedLink link) {
        return under("/d/" + link.token());
    }

    public String profile(Slug slug) {
        return under("/p/" + slug.value());
    }

    private String under(String path) {
        return publicUrl.toString().replaceAll("/+$", "") + path;
    }
}
