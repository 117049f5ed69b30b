package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

/** The start times a client may request for a service within a window, soonest first. */
public interface ListFreeSlots {

    Either<Rejection, List<Instant>> freeSlots(AccountId actor, Command command);

    record Command(ServiceId service, TimeRange window) {}
}
