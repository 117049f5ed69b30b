package io.kalenner.adapter.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.kalenner.application.document.OpenDownload;
import io.kalenner.application.port.DamagedDocumentException;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Language;
import io.vavr.control.Either;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's HTTP server: {@code GET /d/<token>} streams the document a signed link grants,
 * {@code GET /health} says the server is up (liveness), {@code GET /ready} whether the program can
 * do its work (readiness), {@code GET /metrics} its metrics, in webhook mode it takes Telegram's
 * updates ({@link Operations}), and {@code GET /p/<slug>} shows providers' public pages
 * ({@link ProfilePages}).
 *
 * <p>A download link is a bearer capability: whoever presents a genuine, unexpired token gets the
 * one document it names, as long as the account it was made for may still read it ({@link OpenDownload}
 * checks both when the link is used); that account is logged, never the token. An expired link
 * answers 410 with a page telling the user to press Download again, a genuine link to a deleted
 * document 410 saying so, a genuine link whose account may no longer read the document 403; any
 * other token answers 404, so a prober learns nothing. Responses are never cached, carry no
 * referrer, are always attachments and are not sniffed, so an uploaded HTML or SVG file can never
 * run as a page of this site.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    static final String DOWNLOAD_PATH = "/d/";

    private final Javalin javalin;
    /** Set once the booking core runs on the store this server starts before; until then {@code /d/} answers 503. */
    private volatile OpenDownload downloads;
    /** Set once the bot is known (its username is in the invitation links); until then {@code /p/} answers 404. */
    private volatile ProfilePages profiles;

    private final Operations operations;

    private WebServer(Operations operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // documents are mostly compressed already (PDF, JPEG), and a known length lets a client tell a cut-off download
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.generateEtags = false;
            config.routes.get("/health", WebServer::health);
            // browsers ask for an icon with every page; without one each page view logs a 404 in their console
            config.routes.get(ICON_PATH, WebServer::icon);
            config.routes.get("/favicon.ico", WebServer::icon);
            config.routes.get("/ready", this::ready);
            config.routes.get("/metrics", this::metrics);
            operations.webhook().forEach(webhook -> config.routes.post(webhook.path(), ctx -> receive(webhook, ctx)));
            config.routes.get(DOWNLOAD_PATH + "{token}", this::download);
            config.routes.get("/p/{slug}", ctx -> profiles(ctx).ifPresent(pages -> pages.page(ctx)));
            config.routes.get("/p/{slug}/media/{id}", ctx -> profiles(ctx).ifPresent(pages -> pages.picture(ctx)));
        });
    }

    /** Starts serving on {@code port} (0 for any free port; see {@link #port()}) on all interfaces. */
    public static WebServer start(int port) {
        return start(port, Operations.none());
    }

    /** As {@link #start(int)}, also serving {@code operations}. */
    public static WebServer start(int port, Operations operations) {
        WebServer server = new WebServer(operations);
        server.javalin.start(port);
        log.info("Serving HTTP on port {}", server.port());
        return server;
    }

    /**
     * Starts serving providers' public pages ({@code /p/<slug>}); before this, they answer 404.
     * The web server starts before the bot, whose username the pages' invitation links need.
     */
    public void serveProfiles(ProfilePages pages) {
        this.profiles = Objects.requireNonNull(pages, "pages");
    }

    /**
     * Starts serving download links ({@code /d/<token>}) through {@code downloads}; before this,
     * they answer 503. The server starts before the booking core, whose ports hold its store.
     */
    public void serveDownloads(OpenDownload downloads) {
        this.downloads = Objects.requireNonNull(downloads, "downloads");
    }

    private java.util.Optional<ProfilePages> profiles(Context ctx) {
        ProfilePages pages = profiles;
        if (pages == null) {
            ctx.status(404).html(Pages.profileNotFound(Pages.languageOf(ctx.header("Accept-Language"))));
        }
        return java.util.Optional.ofNullable(pages);
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and ends the server; downloads under way are cut off. */
    @Override
    public void close() {
        javalin.stop();
    }

    /** The pages' icon: a calendar leaf in Kalenner's blue, as SVG. */
    static final String ICON_PATH = "/favicon.svg";
    private static final String ICON = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">"
            + "<rect x=\"1\" y=\"2\" width=\"14\" height=\"13\" rx=\"2\" fill=\"#2a6fdb\"/>"
            + "<rect x=\"3\" y=\"6\" width=\"10\" height=\"7\" rx=\"1\" fill=\"#fff\"/></svg>";

    private static void icon(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("image/svg+xml").result(ICON);
    }

    private static void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result("{\"status\":\"UP\"}");
    }

    private void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        boolean ready;
        try {
            ready = operations.ready().getAsBoolean();
        } catch (RuntimeException fault) {
            log.warn("readiness check failed: {}", fault.toString());
            ready = false;
        }
        ctx.status(ready ? 200 : 503).contentType("application/json").result(ready ? "{\"status\":\"READY\"}" : "{\"status\":\"NOT_READY\"}");
    }

    private void metrics(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(operations.metrics().get());
    }

    private static void receive(WebhookEndpoint webhook, Context ctx) {
        if (!webhook.admits(ctx.header(WebhookEndpoint.SECRET_HEADER))) {
            log.warn("webhook request refused: wrong or missing secret header from={}", ctx.ip());
            ctx.status(401).result("");
            return;
        }
        try {
            webhook.receiver().accept(ctx.body());
            ctx.status(200).result("");
        } catch (IllegalArgumentException notAnUpdate) {
            log.warn("webhook request refused: {}", notAnUpdate.getMessage());
            ctx.status(400).result("");
        } catch (IllegalStateException notTakingUpdates) {
            // Telegram sends the update again later
            log.warn("webhook request deferred: {}", notTakingUpdates.getMessage());
            ctx.status(503).result("");
        }
    }

    private void download(Context ctx) {
        Language language = Pages.languageOf(ctx.header("Accept-Language"));
        noCachingNoReferrer(ctx);
        OpenDownload open = downloads;
        if (open == null) {
            ctx.status(503).html(Pages.failed(language));
            return;
        }
        Either<Rejection, OpenDownload.Download> opened;
        try {
            opened = open.open(ctx.pathParam("token"));
        } catch (DamagedDocumentException damaged) {
            log.error("Refused to serve a damaged document", damaged);
            ctx.status(500).html(Pages.failed(language));
            return;
        }
        if (opened.isLeft()) {
            refuse(ctx, language, opened.getLeft());
            return;
        }
        OpenDownload.Download download = opened.get();
        DocumentContent content = download.content();
        log.info("Download of document {} by account {}", content.document().id(), download.account());
        ctx.header("Content-Disposition", ContentDisposition.attachment(content.document().fileName()));
        send(ctx, content);
    }

    private static void refuse(Context ctx, Language language, Rejection refused) {
        switch (refused.reason()) {
            case LINK_EXPIRED -> ctx.status(410).html(Pages.linkExpired(language));
            case DOCUMENT_DELETED -> ctx.status(410).html(Pages.documentDeleted(language));
            case NOT_YOURS, NOT_YOUR_PROVIDER -> {
                log.info("Download refused reason={}", refused.reason());
                ctx.status(403).html(Pages.accessEnded(language));
            }
            default -> ctx.status(404).html(Pages.notFound(language));
        }
    }

    /**
     * Streams a stored document as the response body, with its content type, never sniffed and
     * never run as a page. Should the stream fail midway (a damaged chunk), the connection ends
     * short of the announced length and the client sees it. Javalin closes the stream.
     */
    static void send(Context ctx, DocumentContent content) {
        ctx.contentType(content.document().contentType());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
        ctx.res().setContentLengthLong(content.document().size());
        ctx.result(content.content());
    }

    private static void noCachingNoReferrer(Context ctx) {
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Robots-Tag", "noindex");
    }
}
