package io.kalenner.application.profile;

import io.kalenner.application.port.DocumentContent;
import io.kalenner.domain.Rejection;
import io.vavr.control.Either;

/**
 * Anyone opens a picture of a published profile by the profile's slug and the picture's id: its
 * photo or one in its gallery. Any other file, a malformed id, and a picture of an unpublished or
 * unknown profile are {@code NOT_FOUND} alike, so no other stored document is ever reachable.
 * The caller closes the content.
 */
public interface OpenProfilePicture {

    Either<Rejection, DocumentContent> open(String slug, String pictureId);
}
