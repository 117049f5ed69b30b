package io.kalenner.domain.servicepackage;

/**
 * A provider's rule for its packages: whether an appointment the client missed uses its session
 * (the default, as the provider kept the time) or gives it back. It is read at the moment an
 * appointment is marked Missed and recorded with that appointment's session, so changing it later
 * never changes what an earlier Missed appointment did (D65).
 */
public record PackagePolicy(boolean missedUsesSession) {

    public static final PackagePolicy DEFAULT = new PackagePolicy(true);
}
