package io.kalenner.domain.appointment;

/** The statuses of SPEC §4. Rejected, Cancelled, Completed and Missed are final. */
public enum AppointmentStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    CANCELLED,
    COMPLETED,
    MISSED;

    public boolean canMoveTo(AppointmentStatus next) {
        return switch (this) {
            case PENDING -> next == ACCEPTED || next == REJECTED || next == CANCELLED;
            case ACCEPTED -> next == CANCELLED || next == COMPLETED || next == MISSED;
            case REJECTED, CANCELLED, COMPLETED, MISSED -> false;
        };
    }

    /** Pending and Accepted appointments hold their time: nobody else may book over them. */
    public boolean holdsTime() {
        return this == PENDING || this == ACCEPTED;
    }

    /**
     * Accepted, Completed and Missed appointments are owed: the provider kept the time for the
     * client, who pays for it even when not coming (D74). Pending, Rejected and Cancelled ones never went ahead.
     */
    public boolean isOwed() {
        return this == ACCEPTED || this == COMPLETED || this == MISSED;
    }
}
