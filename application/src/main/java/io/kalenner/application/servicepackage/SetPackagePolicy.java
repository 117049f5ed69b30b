package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.vavr.control.Either;

/**
 * A provider sets its package policy: whether an appointment the client missed uses its session.
 * It applies to appointments marked Missed from now on; earlier ones keep what the policy said when
 * they were marked (D65). Only a provider sets its own ({@code NOT_A_PROVIDER}).
 */
public interface SetPackagePolicy {

    Either<Rejection, PackagePolicy> set(AccountId actor, PackagePolicy policy);
}
