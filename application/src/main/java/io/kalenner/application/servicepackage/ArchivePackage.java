package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.control.Either;

/**
 * The owning provider archives a package: it is sold no more, and the purchases already made keep
 * their sessions. Archiving it again answers it as it is. {@code NOT_FOUND}, {@code NOT_YOURS}.
 */
public interface ArchivePackage {

    Either<Rejection, ServicePackage> archive(AccountId actor, PackageId servicePackage);
}
