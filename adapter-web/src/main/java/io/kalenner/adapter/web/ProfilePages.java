package io.kalenner.adapter.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.kalenner.application.port.DamagedDocumentException;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.profile.OpenProfilePicture;
import io.kalenner.application.profile.ViewPublicProfile;
import io.kalenner.application.profile.ViewPublicProfile.PublicProfile;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Language;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Providers' public pages: {@code GET /p/<slug>} renders a published profile from the precompiled
 * jte template {@code profile.jte} (HTML content type: every value is escaped for where it
 * stands), in Russian or English by {@code Accept-Language}; {@code GET /p/<slug>/media/<id>}
 * serves the profile's own pictures. An unpublished or unknown profile, and any other file,
 * answer 404 alike. A strict Content-Security-Policy lets the page load no script at all.
 */
public final class ProfilePages {

    private static final Logger log = LoggerFactory.getLogger(ProfilePages.class);
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    /** A Telegram bot username: 5 to 32 Latin letters, digits and underscores. */
    private static final Pattern BOT_USERNAME = Pattern.compile("[A-Za-z0-9_]{5,32}");
    static final String PAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final ViewPublicProfile profiles;
    private final OpenProfilePicture pictures;
    private final String botUsername;

    /** Pages of the profiles {@code profiles} shows, inviting to the bot {@code @botUsername}. */
    public ProfilePages(ViewPublicProfile profiles, OpenProfilePicture pictures, String botUsername) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        if (!BOT_USERNAME.matcher(botUsername).matches()) {
            throw new IllegalArgumentException("not a bot username: " + botUsername);
        }
        this.botUsername = botUsername;
    }

    void page(Context ctx) {
        Language language = Pages.languageOf(ctx.header("Accept-Language"));
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Vary", "Accept-Language");
        ctx.header("Cache-Control", "no-cache");
        Either<Rejection, PublicProfile> found = profiles.view(ctx.pathParam("slug"));
        if (found.isLeft()) {
            ctx.status(404).html(Pages.profileNotFound(language));
            return;
        }
        StringOutput html = new StringOutput();
        TEMPLATES.render("profile.jte", ProfilePage.of(found.get(), language, botUsername), html);
        ctx.html(html.toString());
    }

    void picture(Context ctx) {
        Language language = Pages.languageOf(ctx.header("Accept-Language"));
        Either<Rejection, DocumentContent> opened;
        try {
            opened = pictures.open(ctx.pathParam("slug"), ctx.pathParam("id"));
        } catch (DamagedDocumentException damaged) {
            log.error("Refused to serve a damaged profile picture", damaged);
            ctx.status(500).html(Pages.failed(language));
            return;
        }
        if (opened.isLeft()) {
            ctx.status(404).html(Pages.profileNotFound(language));
            return;
        }
        // short: a picture taken down, or a page unpublished, stops being served soon
        ctx.header("Cache-Control", "public, max-age=60");
        WebServer.send(ctx, opened.get());
    }
}
