package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** The services a provider offers, for one of its clients or for itself. */
public interface ListServices {

    /** The provider's services that are not archived. */
    Either<Rejection, List<Service>> services(AccountId actor, AccountId provider);

    /** One service, archived ones included, when its provider is visible to the actor. */
    Either<Rejection, Service> service(AccountId actor, ServiceId service);
}
