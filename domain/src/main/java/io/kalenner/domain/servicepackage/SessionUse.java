package io.kalenner.domain.servicepackage;

/**
 * What an appointment a purchase pays for does with its session: holds it while the appointment is
 * to come ({@link #BOOKED}), has spent it ({@link #USED}), or has given it back ({@link #GIVEN_BACK}).
 */
public enum SessionUse {
    /** Pending or Accepted: the session is reserved, so no other booking can take it. */
    BOOKED,
    /** Completed, or Missed while the provider's policy said a missed appointment uses its session. */
    USED,
    /** Rejected, Cancelled, or Missed while the policy said it gives the session back. */
    GIVEN_BACK
}
