package io.kalenner.domain.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A provider's public profile. It starts unpublished under {@link Slug#defaultFor its default
 * slug} with empty texts and the {@link Design#DEFAULT default design}; the provider fills it in,
 * and its page can be seen only while it is published. Texts are kept trimmed, an empty one meaning
 * "not filled in"; pictures are files of the document store, the photo apart from the gallery.
 */
public record Profile(AccountId provider, Slug slug, String about, String experience, String education,
        Option<FileId> photo, List<FileId> gallery, Contacts contacts, Design design, boolean published) {

    /** The longest about, experience or education text, in characters. */
    public static final int MAX_TEXT_LENGTH = 4000;
    /** The most pictures a gallery holds. */
    public static final int MAX_GALLERY_SIZE = 12;

    public Profile {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(slug, "slug");
        for (String text : new String[] {about, experience, education}) {
            if (Objects.requireNonNull(text, "text").length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("a profile text has at most " + MAX_TEXT_LENGTH + " characters");
            }
        }
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(gallery, "gallery");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(design, "design");
        if (gallery.size() > MAX_GALLERY_SIZE || gallery.distinct().size() != gallery.size()) {
            throw new IllegalArgumentException("a gallery holds up to " + MAX_GALLERY_SIZE + " distinct pictures");
        }
    }

    /** A provider's profile before any edit: unpublished, empty, default slug and design. */
    public static Profile start(AccountId provider) {
        return new Profile(provider, Slug.defaultFor(provider), "", "", "", Option.none(), List.empty(), Contacts.NONE,
                Design.DEFAULT, false);
    }

    /** A profile text, trimmed; longer than {@value #MAX_TEXT_LENGTH} characters is {@code TEXT_TOO_LONG}. */
    public static Either<Rejection, String> text(String given) {
        String stripped = given == null ? "" : given.strip();
        return stripped.length() <= MAX_TEXT_LENGTH
                ? Either.right(stripped)
                : Rejection.of(Rejection.Reason.TEXT_TOO_LONG, MAX_TEXT_LENGTH).asLeft();
    }

    public Profile withSlug(Slug value) {
        return new Profile(provider, value, about, experience, education, photo, gallery, contacts, design, published);
    }

    public Either<Rejection, Profile> withAbout(String value) {
        return text(value).map(t -> new Profile(provider, slug, t, experience, education, photo, gallery, contacts, design, published));
    }

    public Either<Rejection, Profile> withExperience(String value) {
        return text(value).map(t -> new Profile(provider, slug, about, t, education, photo, gallery, contacts, design, published));
    }

    public Either<Rejection, Profile> withEducation(String value) {
        return text(value).map(t -> new Profile(provider, slug, about, experience, t, photo, gallery, contacts, design, published));
    }

    public Profile withContacts(Contacts value) {
        return new Profile(provider, slug, about, experience, education, photo, gallery, value, design, published);
    }

    public Profile withDesign(Design value) {
        return new Profile(provider, slug, about, experience, education, photo, gallery, contacts, value, published);
    }

    /** The profile with a new photo or logo; the former one, if any, is no longer referred to. */
    public Profile withPhoto(FileId value) {
        return new Profile(provider, slug, about, experience, education, Option.some(value), gallery, contacts, design, published);
    }

    /** The gallery with one more picture at its end; a full gallery is {@code GALLERY_FULL}. */
    public Either<Rejection, Profile> addPicture(FileId picture) {
        if (gallery.size() >= MAX_GALLERY_SIZE) {
            return Rejection.of(Rejection.Reason.GALLERY_FULL, MAX_GALLERY_SIZE).asLeft();
        }
        return Either.right(new Profile(provider, slug, about, experience, education, photo, gallery.append(picture), contacts,
                design, published));
    }

    /** The gallery without the picture; one not in it is {@code NOT_FOUND}. */
    public Either<Rejection, Profile> removePicture(FileId picture) {
        if (!gallery.contains(picture)) {
            return Rejection.of(Rejection.Reason.NOT_FOUND, "picture").asLeft();
        }
        return Either.right(new Profile(provider, slug, about, experience, education, photo, gallery.remove(picture), contacts,
                design, published));
    }

    public Profile publish() {
        return new Profile(provider, slug, about, experience, education, photo, gallery, contacts, design, true);
    }

    public Profile unpublish() {
        return new Profile(provider, slug, about, experience, education, photo, gallery, contacts, design, false);
    }

    /** Whether the file is one of this profile's pictures: the photo or one in the gallery. */
    public boolean showsPicture(FileId file) {
        return photo.contains(file) || gallery.contains(file);
    }
}
