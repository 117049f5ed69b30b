package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedInputStream;
import java.util.concurrent.atomic.AtomicReference;

public final class UploadProfilePictureService implements UploadProfilePicture {

    private final Ports ports;
    private final Access access;
    private final OwnProfile own;

    public UploadProfilePictureService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.own = new OwnProfile(ports, access);
    }

    @Override
    public Either<Rejection, Profile> upload(AccountId actor, Command command) {
        // checked before the upload is read, and again in the transaction that records it
        Either<Rejection, ?> refused = access.provider(actor);
        if (refused.isLeft()) {
            return Either.left(refused.getLeft());
        }
        BufferedInputStream content = new BufferedInputStream(command.content());
        Option<String> type = Images.typeOf(content);
        if (type.isEmpty()) {
            return (Images.isEmpty(content) ? DocumentStore.empty() : Rejection.of(Rejection.Reason.NOT_AN_IMAGE)).asLeft();
        }
        AtomicReference<Option<FileId>> replaced = new AtomicReference<>(Option.none());
        Either<Rejection, Profile> saved = ports.documents().storeThen(Images.atMost(content, SIZE_LIMIT), command.fileName(), type.get(),
                stored -> {
                    if (stored.size() > SIZE_LIMIT) {
                        return DocumentStore.tooLarge(SIZE_LIMIT).asLeft();
                    }
                    FileId file = new FileId(stored.id().value());
                    return own.change(actor, profile -> {
                        replaced.set(command.target() == Target.PHOTO ? profile.photo() : Option.none());
                        return command.target() == Target.PHOTO ? Either.right(profile.withPhoto(file)) : profile.addPicture(file);
                    });
                });
        // the former photo is no longer referred to once the new one is recorded
        saved.forEach(profile -> replaced.get().forEach(old -> ports.documents().delete(new DocumentId(old.value()))));
        return saved;
    }
}
