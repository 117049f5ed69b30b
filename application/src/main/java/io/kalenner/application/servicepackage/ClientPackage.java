package io.kalenner.application.servicepackage;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.PackageStanding;

/**
 * A client's purchase as it stands (sessions used, booked and left, what is owed), with the service
 * and the client by name.
 *
 * @param expired whether it had expired when it was read, so it covers no new booking (D67)
 */
public record ClientPackage(PackageStanding standing, Service service, Account client, boolean expired) {}
