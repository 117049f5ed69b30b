package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The start times a client may request for a service within a window, soonest first. For an
 * organization's service the client may choose a member specialist; without a choice ("any free
 * specialist") a start is offered when at least one member is free then.
 */
public interface ListFreeSlots {

    Either<Rejection, List<Instant>> freeSlots(AccountId actor, Command command);

    /** @param specialist the chosen specialist, or none for any free one */
    record Command(ServiceId service, TimeRange window, Option<AccountId> specialist) {

        /** Any free specialist. */
        public Command(ServiceId service, TimeRange window) {
            this(service, window, Option.none());
        }
    }
}
