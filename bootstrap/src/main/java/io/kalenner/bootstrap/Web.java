package io.kalenner.bootstrap;

import io.kalenner.adapter.storage.FileSystemDocumentStore;
import io.kalenner.adapter.storage.SecretKeys;
import io.kalenner.adapter.web.Operations;
import io.kalenner.adapter.web.ProfilePages;
import io.kalenner.adapter.web.WebServer;
import io.kalenner.application.BookingCore;
import io.kalenner.application.inmemory.HmacLinkSigner;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.port.SignedLink;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's web side: the encrypted document store under {@code <data dir>/documents}, the
 * download-link signer, both keyed from the one master secret ({@code SecretKeys}:
 * {@code KALENNER_SECRET_KEY}, else {@code <data dir>/secret.key}), and the web server that serves
 * {@code /health}, the links ({@code /d/<token>}) and, once the bot runs, providers' public pages
 * ({@code /p/<slug>}) on {@link Configuration#webPort()}.
 */
public final class Web implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Web.class);
    static final String DOCUMENTS_DIRECTORY = "documents";

    private final DocumentStore documents;
    private final LinkSigner links;
    private final WebServer server;
    private final URI publicUrl;
    private final Optional<Thread> rewrapping;

    private Web(DocumentStore documents, LinkSigner links, WebServer server, URI publicUrl, Thread rewrapping) {
        this.documents = documents;
        this.links = links;
        this.server = server;
        this.publicUrl = publicUrl;
        this.rewrapping = Optional.ofNullable(rewrapping);
    }

    /**
     * Opens the store and starts the web server; {@code clock} is the program's, so links are made
     * and checked on the same time.
     *
     * @throws CannotOpenDocuments when a key is malformed (the message names where it came from, never the key) or the data directory cannot be used
     * @throws CannotListen when the port cannot be had
     */
    public static Web start(Configuration configuration, Clock clock) {
        return start(configuration, clock, Operations.none());
    }

    /** As {@link #start(Configuration, Clock)}, also serving metrics, readiness and the webhook of {@code operations}. */
    public static Web start(Configuration configuration, Clock clock, Operations operations) {
        Path dataDirectory = configuration.dataDirectory();
        SecretKeys keys;
        FileSystemDocumentStore documents;
        try {
            keys = SecretKeys.load(dataDirectory, configuration::secret);
            documents = new FileSystemDocumentStore(dataDirectory.resolve(DOCUMENTS_DIRECTORY),
                    keys.documentKey(), keys.previousDocumentKeys(), DocumentStore.DEFAULT_SIZE_LIMIT);
        } catch (IllegalStateException | java.io.UncheckedIOException cannotOpen) {
            // SecretKeys' messages name the variable or file, never a key
            throw new CannotOpenDocuments(cannotOpen);
        }
        Thread rewrapping = null;
        if (!keys.previousDocumentKeys().isEmpty()) {
            log.warn("{} previous secret key(s) configured: documents under them stay readable and are re-wrapped with the current key now",
                    keys.previousDocumentKeys().size());
            rewrapping = rewrapInBackground(documents);
        }
        HmacLinkSigner links = new HmacLinkSigner(keys.linkSigningKey(), clock);
        long started = System.nanoTime();
        WebServer server;
        try {
            server = WebServer.start(configuration.webPort(), operations);
        } catch (RuntimeException cannotBind) {
            throw new CannotListen(configuration.webPort(), cannotBind);
        }
        log.info("component started name=web port={} millis={}", server.port(), (System.nanoTime() - started) / 1_000_000);
        return new Web(documents, links, server, configuration.publicUrl(), rewrapping);
    }

    // in the background: a large store must not delay the start, and each file is replaced atomically while served
    private static Thread rewrapInBackground(FileSystemDocumentStore documents) {
        Thread rewrapping = new Thread(() -> {
            try {
                int rewrapped = documents.rewrapWithCurrentKey();
                log.info("documents re-wrapped count={}; once every instance runs the new key, restart without {}",
                        rewrapped, SecretKeys.PREVIOUS_ENVIRONMENT_VARIABLE);
            } catch (RuntimeException failed) {
                log.error("re-wrapping documents with the current key failed; they stay readable under the previous key", failed);
            }
        }, "document-rewrap");
        rewrapping.setDaemon(true);
        rewrapping.start();
        return rewrapping;
    }

    public DocumentStore documents() {
        return documents;
    }

    public LinkSigner links() {
        return links;
    }

    public int port() {
        return server.port();
    }

    /**
     * Serves the download links through the core, which checks at each download that the link's
     * account may still read the document; called once the core runs on this store and signer.
     */
    public void serveDownloads(BookingCore core) {
        server.serveDownloads(core.openDownload());
    }

    /**
     * Serves the providers' public pages of the core, whose invitation buttons open the bot
     * {@code @botUsername}; called once the bot has started and knows its name.
     */
    public void serveProfiles(BookingCore core, String botUsername) {
        server.serveProfiles(new ProfilePages(core.viewPublicProfile(), core.openProfilePicture(), botUsername));
    }

    /** The address of a provider's public page: {@code <KALENNER_PUBLIC_URL>/p/<slug>}. */
    public URI profileUrl(String slug) {
        return underPublicUrl("p/" + slug);
    }

    /** The address a user opens to download what the link grants: {@code <KALENNER_PUBLIC_URL>/d/<token>}. */
    public URI downloadUrl(SignedLink link) {
        return underPublicUrl("d/" + link.token());
    }

    private URI underPublicUrl(String path) {
        String base = publicUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }

    /** Stops the web server; downloads under way are cut off. */
    @Override
    public void close() {
        server.close();
        rewrapping.ifPresent(Web::stopRewrapping);
        log.info("component stopped name=web");
    }

    // an interrupted re-wrap leaves each file whole under the old or the new key; the next start finishes it
    private static void stopRewrapping(Thread rewrapping) {
        rewrapping.interrupt();
        try {
            rewrapping.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the re-wrap started for previous keys is still running (for tests and operators' checks). */
    boolean isRewrapping() {
        return rewrapping.map(Thread::isAlive).orElse(false);
    }

    /** A malformed secret key, or a key file or documents directory that cannot be read or made. */
    public static final class CannotOpenDocuments extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotOpenDocuments(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The web server could not listen on its port, most likely because it is taken. */
    public static final class CannotListen extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int port;

        CannotListen(int port, Throwable cause) {
            super("cannot serve HTTP on port " + port + ": " + cause.getMessage(), cause);
            this.port = port;
        }

        public int port() {
            return port;
        }
    }
}
