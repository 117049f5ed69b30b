package io.kalenner.adapter.persistence;

import static io.kalenner.application.World.TUESDAY;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.booking.AddScheduleException;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RemoveScheduleException;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.schedule.ScheduleException.Holiday;
import io.kalenner.domain.service.Service;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A holiday stored in PostgreSQL closes the day for booking, and removing it opens the day again. */
@ExtendWith(TestDatabase.class)
class ScheduleExceptionsOnPostgresTest {

    private static final LocalDate TUESDAY_DATE = LocalDate.of(2030, 1, 8);

    private World world;
    private Account zoe;
    private Service consultation;
    private Account anna;

    @BeforeEach
    void aSpecialistWithAClient() {
        world = TestDatabase.emptyWorld();
        zoe = world.specialist("Zoe");
        consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
        anna = world.clientOf(zoe, "Anna");
    }

    @Test
    void aBookingOnAStoredHolidayIsRefusedUntilTheHolidayIsRemoved() {
        // given
        world.core.addScheduleException().add(zoe.id(), new AddScheduleException.Command(new Holiday(TUESDAY_DATE))).get();
        World.State before = world.state();

        // when
        var refused = world.core.requestAppointment().request(anna.id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10));

        // then
        assertThat(refused.getLeft().reason()).isEqualTo(Reason.SLOT_NOT_OFFERED);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY, Option.none())).get()).isEmpty();

        // and when the holiday is removed, the time can be booked
        world.core.removeScheduleException().remove(zoe.id(), new RemoveScheduleException.Command(new Holiday(TUESDAY_DATE))).get();
        assertThat(world.requested(anna, consultation, TUESDAY_10).time().start()).isEqualTo(TUESDAY_10);
    }

    @Test
    void aHolidayClashingWithAStoredOneIsRefused() {
        world.core.addScheduleException().add(zoe.id(), new AddScheduleException.Command(new Holiday(TUESDAY_DATE))).get();

        var again = world.core.addScheduleException().add(zoe.id(), new AddScheduleException.Command(new Holiday(TUESDAY_DATE)));

        assertThat(again.getLeft().reason()).isEqualTo(Reason.OVERLAPS_ANOTHER_EXCEPTION);
        assertThat(world.core.listScheduleExceptions().list(zoe.id()).get()).containsExactly(new Holiday(TUESDAY_DATE));
    }
}
