package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;
import java.io.InputStream;

/**
 * A provider uploads its profile photo (or logo), replacing the former one, or adds a picture to
 * its gallery. Only JPEG, PNG, GIF and WebP images are taken, recognised by their first bytes,
 * not by the name or type the sender claims ({@code NOT_AN_IMAGE}); a picture over
 * {@link #SIZE_LIMIT} bytes is {@code FILE_TOO_LARGE}, an empty one {@code EMPTY_FILE}, a full
 * gallery {@code GALLERY_FULL}. The file goes to the document store and is kept only if the
 * profile records it. A client is {@code NOT_A_PROVIDER}. The stream is read, never closed.
 */
public interface UploadProfilePicture {

    /** The largest picture taken: 5 MB, as 5 × 1024 × 1024 bytes. */
    long SIZE_LIMIT = 5L * 1024 * 1024;

    Either<Rejection, Profile> upload(AccountId actor, Command command);

    record Command(Target target, InputStream content, String fileName) {}

    enum Target {
        PHOTO,
        GALLERY
    }
}
