package io.kalenner.application.servicepackage;

import io.kalenner.domain.account.Account;
import io.vavr.collection.List;

/** An organization's packages on sale and its clients' purchases, as a member specialist sees them. */
public record OrganizationPackages(Account organization, List<PackageOffer> onSale, List<ClientPackage> bought) {}
