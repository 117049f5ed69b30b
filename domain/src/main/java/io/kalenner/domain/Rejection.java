package io.kalenner.domain;

import io.vavr.control.Either;
import java.util.Objects;

/**
 * Why a move or request was refused. Adapters turn the reason into the user's language; the
 * detail is a fact for logs and messages (a status, a limit), never a translated sentence.
 */
public record Rejection(Reason reason, String detail) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    public static Rejection of(Reason reason) {
        return new Rejection(reason, "");
    }

    public static Rejection of(Reason reason, Object detail) {
        return new Rejection(reason, String.valueOf(detail));
    }

    public <T> Either<Rejection, T> asLeft() {
        return Either.left(this);
    }

    /** The closed set of reasons a request can be refused for. */
    public enum Reason {
        NOT_FOUND,
        NOT_YOURS,
        NOT_A_PROVIDER,
        /** Only an Organization may do this (invite specialists, list members). */
        NOT_AN_ORGANIZATION,
        ALREADY_A_PROVIDER_OF_OTHER_KIND,
        NOT_YOUR_PROVIDER,
        INVALID_INVITATION,
        MOVE_NOT_ALLOWED,
        ALREADY_STARTED,
        NOT_STARTED_YET,
        SLOT_NOT_OFFERED,
        SLOT_TAKEN,
        SERVICE_ARCHIVED,
        INVALID_INPUT,
        /** A document is larger than the store accepts; the detail is the limit in bytes. */
        FILE_TOO_LARGE,
        /** A document has no content. */
        EMPTY_FILE,
        /** A download link was genuine but its time is up; pressing Download again gives a new one. */
        LINK_EXPIRED,
        /** A terms document that asks for no consent cannot be signed. */
        CONSENT_NOT_REQUIRED,
        /** The version a client means to sign is no longer the current one; the detail is the current number. */
        TERMS_VERSION_OUTDATED,
        /** There is no consent to withdraw: the client has not agreed, or has withdrawn already. */
        NOT_SIGNED,
        /** Only a support operator may answer support messages. */
        NOT_SUPPORT_OPERATOR,
        /** No support operator can be reached (none configured, or none has started the bot). */
        SUPPORT_UNAVAILABLE,
        /** A UTC offset outside −12:00 … +14:00, or not on a quarter hour; the detail is the offset. */
        OFFSET_OUT_OF_RANGE,
        /** A region zone id that names no zone (e.g. {@code Europe/Berlni}); the detail is the id. */
        UNKNOWN_TIME_ZONE,
        /** A range (of dates or clock times) ends before it starts. */
        END_BEFORE_START,
        /** A schedule exception lies wholly before today; the detail is its last date. */
        DATE_PASSED,
        /** A schedule exception spans more days than the booking horizon; the detail is the horizon in days. */
        LONGER_THAN_HORIZON,
        /** A schedule exception clashes with one already there; the detail is the other's first date. */
        OVERLAPS_ANOTHER_EXCEPTION,
        /** A profile address is not 3–40 lower-case Latin letters, digits and hyphens; the detail is the length range. */
        INVALID_SLUG,
        /** Another provider's profile has this address already. */
        SLUG_TAKEN,
        /** A link is not an absolute http or https address. */
        INVALID_URL,
        /** An email address does not look like one. */
        INVALID_EMAIL,
        /** A phone number holds more than digits, spaces, brackets, hyphens and a leading +. */
        INVALID_PHONE,
        /** A colour is not written as #rrggbb. */
        INVALID_COLOUR,
        /** A text is longer than allowed; the detail is the limit in characters. */
        TEXT_TOO_LONG,
        /** An upload meant as a picture is not a JPEG, PNG, GIF or WebP image. */
        NOT_AN_IMAGE,
        /** A profile gallery holds its most pictures already; the detail is the limit. */
        GALLERY_FULL,
        /** A package holds too few or too many sessions; the detail is the allowed range ({@code 1-100}). */
        SESSIONS_OUT_OF_RANGE,
        /** A price is below zero. */
        NEGATIVE_PRICE,
        /** A package is archived and is sold no more. */
        PACKAGE_ARCHIVED,
        /** A download link was genuine, but the document it names has been deleted since. */
        DOCUMENT_DELETED
    }
}
