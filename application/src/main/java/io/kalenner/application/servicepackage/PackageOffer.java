package io.kalenner.application.servicepackage;

import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.ServicePackage;

/** A package with the service it is made of, so that a person can recognise it. */
public record PackageOffer(ServicePackage servicePackage, Service service) {}
