package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import java.time.Duration;

/** A provider adds a service to its catalogue. */
public interface AddService {

    Either<Rejection, Service> add(AccountId actor, Command command);

    record Command(String name, Duration duration, Money price) {}
}
