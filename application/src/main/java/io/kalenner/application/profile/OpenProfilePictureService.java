package io.kalenner.application.profile;

import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.document.FileId;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.util.UUID;

public final class OpenProfilePictureService implements OpenProfilePicture {

    private final Ports ports;

    public OpenProfilePictureService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public Either<Rejection, DocumentContent> open(String slug, String pictureId) {
        Either<Rejection, FileId> picture = Try.of(() -> new FileId(UUID.fromString(pictureId))).toEither()
                .mapLeft(malformed -> Rejection.of(Reason.NOT_FOUND, "picture"));
        return picture.flatMap(file -> ports.transactions().inTransaction(() -> PublishedProfiles.find(ports, slug)
                        .filterOrElse(profile -> profile.showsPicture(file), other -> Rejection.of(Reason.NOT_FOUND, "picture"))
                        .map(profile -> file)))
                .flatMap(file -> ports.documents().open(new DocumentId(file.value())));
    }
}
