package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;

/**
 * The owning provider archives a service: it is no longer offered or bookable, but keeps its
 * history, and the appointments already requested for it stay as they are. Archiving an archived
 * service again changes nothing and answers it as it is. Only the provider whose service it is may
 * archive it ({@code NOT_YOURS}).
 */
public interface ArchiveService {

    Either<Rejection, Service> archive(AccountId actor, ServiceId service);
}
