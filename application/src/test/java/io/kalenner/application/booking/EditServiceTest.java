package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Editing a service: only its provider, only while offered; booked appointments keep their terms. */
class EditServiceTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");

    private Either<Rejection, Service> edit(Account actor, ServiceId service, Option<String> name, Option<Duration> duration, Option<Money> price) {
        return world.core.editService().edit(actor.id(), new EditService.Command(service, name, duration, price));
    }

    private Either<Rejection, Service> rename(Account actor, String name) {
        return edit(actor, consultation.id(), Option.some(name), Option.none(), Option.none());
    }

    @Test
    void givenItsProviderWhenItRenamesTheServiceThenOnlyTheNameChanges() {
        // when
        Service renamed = rename(zoe, "  First consultation ").get();

        // then
        assertThat(renamed).isEqualTo(new Service(consultation.id(), zoe.id(), "First consultation", consultation.duration(),
                consultation.price(), false));
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(renamed);
        assertThat(world.core.listServices().services(anna.id(), zoe.id()).get()).containsExactly(renamed);
    }

    @Test
    void givenItsProviderWhenItSetsANewDurationAndPriceThenTheNameStays() {
        // when
        Service changed = edit(zoe, consultation.id(), Option.none(), Option.some(Duration.ofMinutes(90)),
                Option.some(Money.of(400_000, "RUB"))).get();

        // then
        assertThat(changed.name()).isEqualTo("Consultation");
        assertThat(changed.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(changed.price()).isEqualTo(Money.of(400_000, "RUB"));
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(changed);
    }

    @Test
    void givenABookedAppointmentWhenThePriceAndDurationChangeThenItKeepsItsCopiedPriceAndTime() {
        // given
        Appointment booked = world.requested(anna, consultation, TUESDAY_10);

        // when
        edit(zoe, consultation.id(), Option.none(), Option.some(Duration.ofMinutes(90)), Option.some(Money.of(400_000, "EUR"))).get();

        // then
        Appointment stored = world.ports.appointments().findById(booked.id()).get();
        assertThat(stored.price()).isEqualTo(Money.of(250_000, "RUB"));
        assertThat(stored.time()).isEqualTo(booked.time());
        assertThat(world.core.viewAppointment().view(anna.id(), booked.id()).get().appointment().balance())
                .isEqualTo(Money.of(250_000, "RUB"));
    }

    @Test
    void givenANewPriceAndDurationWhenAClientBooksThenTheNewOnesApply() {
        // given
        edit(zoe, consultation.id(), Option.none(), Option.some(Duration.ofMinutes(90)), Option.some(Money.of(400_000, "RUB"))).get();

        // when: 09:00 to 18:00 holds six sessions of 90 minutes, from 09:00, 10:30, …, 16:30
        Instant tenThirty = TUESDAY_10.plus(Duration.ofMinutes(30));
        Appointment booked = world.requested(anna, consultation, tenThirty);

        // then
        assertThat(booked.price()).isEqualTo(Money.of(400_000, "RUB"));
        assertThat(booked.time().length()).isEqualTo(Duration.ofMinutes(90));
        assertThat(world.core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY)).get())
                .hasSize(5)
                .doesNotContain(tenThirty);
    }

    @Test
    void givenAnotherProviderWhenItEditsTheServiceThenItIsNotTheirs() {
        // given
        Account mark = world.specialist("Mark");
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = rename(mark, "Mine now");

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(consultation);
    }

    @Test
    void givenAMemberOfTheOrganizationWhenItEditsTheOrganizationsServiceThenItIsNotTheirs() {
        // given
        Account clinic = world.organization("Clinic");
        Service checkUp = world.service(clinic, "Check-up", Duration.ofMinutes(30));
        Account member = world.memberOf(clinic, "Member");
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = edit(member, checkUp.id(), Option.some("Mine"), Option.none(), Option.none());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.services().findById(checkUp.id())).containsExactly(checkUp);
    }

    @Test
    void givenAnOrganizationWhenItEditsItsOwnServiceThenItChanges() {
        // given
        Account clinic = world.organization("Clinic");
        Service checkUp = world.service(clinic, "Check-up", Duration.ofMinutes(30));

        // then
        assertThat(edit(clinic, checkUp.id(), Option.some("Full check-up"), Option.none(), Option.none()).get().name())
                .isEqualTo("Full check-up");
    }

    @Test
    void givenAClientWhenItEditsAServiceThenItIsNotAProvider() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = rename(anna, "Cheap consultation");

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnUnknownServiceWhenItsProviderEditsItThenItIsNotFound() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = edit(zoe, new ServiceId(UUID.randomUUID()), Option.some("X"), Option.none(), Option.none());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnArchivedServiceWhenItsProviderEditsItThenItIsArchived() {
        // given
        Service archived = world.core.archiveService().archive(zoe.id(), consultation.id()).get();
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = rename(zoe, "Back again");

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SERVICE_ARCHIVED);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(archived);
    }

    @ParameterizedTest(name = "name \"{0}\"")
    @ValueSource(strings = {"", " ", "\t"})
    void givenABlankNameWhenTheProviderRenamesThenTheInputIsInvalid(String name) {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = rename(zoe, name);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(consultation);
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(longs = {0, -30, 24 * 60 + 1})
    void givenADurationAServiceCannotHaveWhenTheProviderSetsItThenTheInputIsInvalid(long minutes) {
        // when
        Either<Rejection, Service> answer = edit(zoe, consultation.id(), Option.none(), Option.some(Duration.ofMinutes(minutes)), Option.none());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(consultation);
    }

    @Test
    void givenANegativePriceWhenTheProviderSetsItThenTheInputIsInvalid() {
        // when
        Either<Rejection, Service> answer = edit(zoe, consultation.id(), Option.none(), Option.none(), Option.some(Money.of(-1, "RUB")));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(consultation);
    }

    @Test
    void givenNothingToChangeWhenTheProviderEditsThenTheServiceStaysAsItWas() {
        assertThat(edit(zoe, consultation.id(), Option.none(), Option.none(), Option.none())).containsExactly(consultation);
    }

    @Test
    void givenAnEditWhenItIsMadeThenNobodyIsNotified() {
        // given
        world.requested(anna, consultation, TUESDAY_10);
        long before = world.ports.outbox().depth();

        // when
        rename(zoe, "Renamed").get();

        // then
        assertThat(world.ports.outbox().depth()).isEqualTo(before);
    }

    private Either<Rejection, Service> describe(Option<String> description, Option<String> paymentLink) {
        return world.core.editService().edit(zoe.id(), new EditService.Command(consultation.id(), Option.none(), Option.none(),
                Option.none(), description, paymentLink));
    }

    @Test
    void givenItsProviderWhenItSetsADescriptionAndPaymentLinkThenTheRestStays() {
        // when
        Service described = describe(Option.some(" First meeting "), Option.some("https://pay.example/c")).get();

        // then
        assertThat(described).isEqualTo(consultation.withDescription(Option.some("First meeting"))
                .withPaymentLink(Option.some(new WebLink("https://pay.example/c"))));
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(described);
    }

    @Test
    void givenADescriptionAndPaymentLinkWhenOtherDetailsChangeThenTheyAreKept() {
        // given
        Service described = describe(Option.some("First meeting"), Option.some("https://pay.example/c")).get();

        // when
        Service renamed = rename(zoe, "Intro").get();

        // then
        assertThat(renamed.description()).isEqualTo(described.description());
        assertThat(renamed.paymentLink()).isEqualTo(described.paymentLink());
    }

    @Test
    void givenADescriptionAndPaymentLinkWhenBlankOnesAreGivenThenTheyAreCleared() {
        // given
        describe(Option.some("First meeting"), Option.some("https://pay.example/c")).get();

        // when
        Service cleared = describe(Option.some(""), Option.some(" ")).get();

        // then
        assertThat(cleared).isEqualTo(consultation);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(consultation);
    }

    @Test
    void givenABadPaymentLinkOrATooLongDescriptionWhenTheProviderSetsThemThenNothingChanges() {
        // given
        Service described = describe(Option.some("First meeting"), Option.some("https://pay.example/c")).get();
        World.State before = world.state();

        // when
        Either<Rejection, Service> badLink = describe(Option.some("Changed"), Option.some("ftp://pay.example/c"));
        Either<Rejection, Service> tooLong = describe(Option.some("x".repeat(Service.MAX_DESCRIPTION_LENGTH + 1)), Option.none());

        // then
        assertThat(badLink.getLeft().reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(tooLong.getLeft()).isEqualTo(Rejection.of(Reason.TEXT_TOO_LONG, Service.MAX_DESCRIPTION_LENGTH));
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(described);
    }
}
