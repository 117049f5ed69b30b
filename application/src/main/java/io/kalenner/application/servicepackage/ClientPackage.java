package io.kalenner.application.servicepackage;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.PackageStanding;

/** A client's purchase as it stands (sessions used and left), with the service and the client by name. */
public record ClientPackage(PackageStanding standing, Service service, Account client) {}
