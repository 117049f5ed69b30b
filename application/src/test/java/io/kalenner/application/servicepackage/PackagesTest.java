package io.kalenner.application.servicepackage;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service packages: a provider defines one, records that a client bought it; the client's bookings
 * of that service are then paid by it while sessions are left, and both sides see how many are left.
 */
public class PackagesTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Money TEN_THOUSAND = Money.of(1_000_000, "RUB");

    private World world;
    private Account zoe;
    private Service yoga;
    private Service massage;
    private Account anna;

    /** The world the story runs in; a database's binding gives its own. */
    protected World newWorld() {
        return new World();
    }

    @BeforeEach
    void aSpecialistWithAClient() {
        world = newWorld();
        zoe = world.specialist("Zoe");
        yoga = world.service(zoe, "Yoga", HOUR);
        massage = world.service(zoe, "Massage", HOUR);
        anna = world.clientOf(zoe, "Anna");
    }

    private Either<Rejection, ServicePackage> define(Account actor, Service service, int sessions, Money price) {
        return world.core.definePackage().define(actor.id(), new DefinePackage.Command(service.id(), sessions, price));
    }

    private ServicePackage threeYoga() {
        return define(zoe, yoga, 3, TEN_THOUSAND).get();
    }

    private Either<Rejection, ClientPackage> sell(Account actor, ServicePackage servicePackage, Account client) {
        return world.core.recordPurchase().record(actor.id(), new RecordPurchase.Command(servicePackage.id(), client.id()));
    }

    private List<Integer> remainingSeenByAnna() {
        return world.core.listMyPackages().fromProvider(anna.id(), zoe.id()).get().map(p -> p.standing().remaining());
    }

    private Instant tuesdayAt(int hoursAfterTen) {
        return TUESDAY_10.plus(Duration.ofHours(hoursAfterTen));
    }

    @Test
    void aProviderDefinesAPackageAndListsItWithItsService() {
        // when
        ServicePackage defined = threeYoga();

        // then
        assertThat(world.core.listPackages().packages(zoe.id()).get()).containsExactly(new PackageOffer(defined, yoga));
    }

    @Test
    void aPackageWithBadSessionsOrPriceIsRefusedAndNothingIsStored() {
        // given
        World.State before = world.state();

        // then
        assertThat(define(zoe, yoga, 0, TEN_THOUSAND).getLeft().reason()).isEqualTo(Reason.SESSIONS_OUT_OF_RANGE);
        assertThat(define(zoe, yoga, 101, TEN_THOUSAND).getLeft().reason()).isEqualTo(Reason.SESSIONS_OUT_OF_RANGE);
        assertThat(define(zoe, yoga, 5, Money.of(-500, "RUB")).getLeft().reason()).isEqualTo(Reason.NEGATIVE_PRICE);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void onlyTheServicesOwnProviderDefinesArchivesAndSellsItsPackages() {
        // given
        Account mark = world.specialist("Mark");
        ServicePackage three = threeYoga();
        World.State before = world.state();

        // then
        assertThat(define(anna, yoga, 3, TEN_THOUSAND).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(define(mark, yoga, 3, TEN_THOUSAND).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.archivePackage().archive(mark.id(), three.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(sell(mark, three, anna).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(sell(anna, three, anna).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.listPackages().packages(anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.archivePackage().archive(zoe.id(), new PackageId(UUID.randomUUID())).getLeft().reason())
                .isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aPackageIsSoldOnlyToTheProvidersOwnClients() {
        // given
        ServicePackage three = threeYoga();
        Account stranger = world.user("Boris");

        // then
        assertThat(sell(zoe, three, stranger).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.listClientPackages().ofClient(zoe.id(), stranger.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void eachSideSeesOnlyItsOwnPurchases() {
        // given
        Account mark = world.specialist("Mark");
        Account boris = world.clientOf(zoe, "Boris");
        sell(zoe, threeYoga(), anna).get();

        // then
        assertThat(world.core.listMyPackages().fromProvider(boris.id(), zoe.id()).get()).isEmpty();
        assertThat(world.core.listMyPackages().fromProvider(anna.id(), mark.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.core.listClientPackages().ofAllClients(mark.id()).get()).isEmpty();
        assertThat(world.core.listClientPackages().ofAllClients(anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.listClientPackages().ofAllClients(zoe.id()).get().map(ClientPackage::client)).containsExactly(anna);
    }

    @Test
    void recordingANamedPurchaseAgainRecordsNothingMore() {
        // given
        ServicePackage three = threeYoga();
        PurchaseId named = new PurchaseId(UUID.randomUUID());
        RecordPurchase.Command command = new RecordPurchase.Command(three.id(), anna.id(), Option.some(named), Option.none());
        ClientPackage first = world.core.recordPurchase().record(zoe.id(), command).get();
        World.State before = world.state();

        // when
        Either<Rejection, ClientPackage> again = world.core.recordPurchase().record(zoe.id(), command);

        // then
        assertThat(again).containsExactly(first);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(define(zoe, massage, 2, TEN_THOUSAND).get().id(),
                anna.id(), Option.some(named), Option.none())).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void anArchivedPackageIsNoLongerListedOrSoldButAPurchaseKeepsItsSessions() {
        // given
        ServicePackage three = threeYoga();
        sell(zoe, three, anna).get();

        // when
        ServicePackage archived = world.core.archivePackage().archive(zoe.id(), three.id()).get();

        // then
        assertThat(archived.archived()).isTrue();
        assertThat(world.core.archivePackage().archive(zoe.id(), three.id())).containsExactly(archived);
        assertThat(world.core.listPackages().packages(zoe.id()).get()).isEmpty();
        assertThat(sell(zoe, three, anna).getLeft().reason()).isEqualTo(Reason.PACKAGE_ARCHIVED);
        assertThat(remainingSeenByAnna()).containsExactly(3);
        assertThat(world.requested(anna, yoga, TUESDAY_10).price()).isEqualTo(Money.zero(yoga.price().currency()));
    }

    @Test
    void aBookingOfThePackagesServiceIsPaidByItAndTakesASession() {
        // given
        sell(zoe, threeYoga(), anna).get();

        // when
        Appointment booked = world.requested(anna, yoga, TUESDAY_10);

        // then
        assertThat(booked.price()).isEqualTo(Money.zero(yoga.price().currency()));
        assertThat(booked.balance()).isEqualTo(Money.zero(yoga.price().currency()));
        assertThat(remainingSeenByAnna()).containsExactly(2);
        assertThat(world.core.listClientPackages().ofClient(zoe.id(), anna.id()).get().map(p -> p.standing().booked())).containsExactly(1);
        assertThat(world.core.listClientPackages().ofClient(zoe.id(), anna.id()).get().map(p -> p.standing().used())).containsExactly(0);
        ClientPackage payer = world.core.listMyPackages().payingFor(anna.id(), booked.id()).get().get();
        assertThat(payer.service()).isEqualTo(yoga);
        assertThat(payer.standing().remaining()).isEqualTo(2);
        assertThat(world.core.listMyPackages().payingFor(zoe.id(), booked.id()).get()).hasSize(1);
    }

    @Test
    void anotherServiceIsPaidAsUsualAndTheSessionsStay() {
        // given
        sell(zoe, threeYoga(), anna).get();

        // when
        Appointment booked = world.requested(anna, massage, TUESDAY_10);

        // then
        assertThat(booked.price()).isEqualTo(massage.price());
        assertThat(remainingSeenByAnna()).containsExactly(3);
        assertThat(world.core.listMyPackages().payingFor(anna.id(), booked.id()).get()).isEmpty();
    }

    @Test
    void aRejectedOrCancelledBookingGivesItsSessionBackAndCompletedOrMissedOnesKeepIt() {
        // given
        sell(zoe, threeYoga(), anna).get();
        Appointment rejected = world.requested(anna, yoga, tuesdayAt(0));
        Appointment cancelled = world.requested(anna, yoga, tuesdayAt(1));
        Appointment completed = world.requested(anna, yoga, tuesdayAt(2));
        Appointment missed = world.requested(anna, yoga, tuesdayAt(3));
        assertThat(remainingSeenByAnna()).containsExactly(0);

        // when
        world.core.answerRequest().reject(zoe.id(), rejected.id(), Option.none()).get();
        world.core.cancelAppointment().cancel(anna.id(), cancelled.id(), Option.none()).get();
        world.core.answerRequest().accept(zoe.id(), completed.id()).get();
        world.core.answerRequest().accept(zoe.id(), missed.id()).get();
        world.clock.set(tuesdayAt(5));
        world.core.closeAppointment().complete(zoe.id(), completed.id()).get();
        world.core.closeAppointment().markMissed(zoe.id(), missed.id()).get();

        // then
        assertThat(remainingSeenByAnna()).containsExactly(2);
    }

    @Test
    void whenThePackageIsUsedUpTheNextBookingCostsTheServicesPriceAndAFreshPurchaseTakesOver() {
        // given
        ServicePackage one = define(zoe, yoga, 1, TEN_THOUSAND).get();
        sell(zoe, one, anna).get();
        world.requested(anna, yoga, tuesdayAt(0));

        // when
        Appointment unpaid = world.requested(anna, yoga, tuesdayAt(1));
        sell(zoe, one, anna).get();
        Appointment paid = world.requested(anna, yoga, tuesdayAt(2));

        // then
        assertThat(unpaid.price()).isEqualTo(yoga.price());
        assertThat(paid.price()).isEqualTo(Money.zero(yoga.price().currency()));
        assertThat(remainingSeenByAnna()).containsExactly(0, 0);
    }

    @Test
    void theOldestPurchaseWithASessionLeftPaysFirst() {
        // given
        ServicePackage three = threeYoga();
        ClientPackage first = sell(zoe, three, anna).get();
        world.clock.advance(Duration.ofMinutes(1));
        ClientPackage second = sell(zoe, three, anna).get();

        // when
        Appointment booked = world.requested(anna, yoga, TUESDAY_10);

        // then
        assertThat(world.core.listMyPackages().payingFor(anna.id(), booked.id()).get().map(p -> p.standing().purchase().id()))
                .containsExactly(first.standing().purchase().id());
        assertThat(second.standing().remaining()).isEqualTo(3);
        assertThat(remainingSeenByAnna()).containsExactly(2, 3);
    }

    @Test
    void ofManyBookingsRacingForTheLastSessionExactlyOneIsPaidByIt() {
        // given
        sell(zoe, define(zoe, yoga, 1, TEN_THOUSAND).get(), anna).get();

        // when
        List<Appointment> booked = List.ofAll(Race.of(6, i -> world.core.requestAppointment()
                .request(anna.id(), new io.kalenner.application.booking.RequestAppointment.Command(yoga.id(), tuesdayAt(i))).get()));

        // then
        assertThat(booked.count(a -> a.price().minorUnits() == 0)).isEqualTo(1);
        assertThat(remainingSeenByAnna()).containsExactly(0);
    }

    private ClientPackage annasPurchase() {
        return world.core.listMyPackages().fromProvider(anna.id(), zoe.id()).get().single();
    }

    /** Anna's yoga booked at the hour, accepted, and the clock moved past its end. */
    private Appointment acceptedAndOver(int hoursAfterTen) {
        Appointment booked = world.requested(anna, yoga, tuesdayAt(hoursAfterTen));
        world.core.answerRequest().accept(zoe.id(), booked.id()).get();
        world.clock.set(tuesdayAt(hoursAfterTen + 1));
        return booked;
    }

    @Test
    void aCompletedAppointmentUsesItsSessionWhileARequestedOneOnlyBooksIt() {
        // given
        sell(zoe, threeYoga(), anna).get();
        Appointment completed = acceptedAndOver(0);
        world.requested(anna, yoga, tuesdayAt(3));

        // when
        world.core.closeAppointment().complete(zoe.id(), completed.id()).get();

        // then
        assertThat(annasPurchase().standing().used()).isEqualTo(1);
        assertThat(annasPurchase().standing().booked()).isEqualTo(1);
        assertThat(annasPurchase().standing().remaining()).isEqualTo(1);
    }

    @Test
    void aMissedAppointmentUsesItsSessionByDefaultAndGivesItBackWhenThePolicySaysSo() {
        // given
        sell(zoe, threeYoga(), anna).get();
        Appointment missedUnderNo = world.requested(anna, yoga, tuesdayAt(4));
        world.core.answerRequest().accept(zoe.id(), missedUnderNo.id()).get();
        Appointment missedUnderDefault = acceptedAndOver(0);
        world.core.closeAppointment().markMissed(zoe.id(), missedUnderDefault.id()).get();
        assertThat(annasPurchase().standing().used()).isEqualTo(1);

        // when
        assertThat(world.core.setPackagePolicy().set(zoe.id(), new PackagePolicy(false))).containsExactly(new PackagePolicy(false));
        world.clock.set(tuesdayAt(5));
        world.core.closeAppointment().markMissed(zoe.id(), missedUnderNo.id()).get();

        // then the first still uses its session, the second gave it back
        assertThat(annasPurchase().standing().used()).isEqualTo(1);
        assertThat(annasPurchase().standing().remaining()).isEqualTo(2);

        // and switching the policy back changes neither
        world.core.setPackagePolicy().set(zoe.id(), PackagePolicy.DEFAULT).get();
        assertThat(annasPurchase().standing().used()).isEqualTo(1);
        assertThat(annasPurchase().standing().remaining()).isEqualTo(2);
        assertThat(world.core.viewPackagePolicy().policy(zoe.id())).containsExactly(PackagePolicy.DEFAULT);
    }

    @Test
    void onlyAProviderSetsItsPolicyAndEachOnlyItsOwn() {
        // given
        Account mark = world.specialist("Mark");
        World.State before = world.state();

        // then
        assertThat(world.core.setPackagePolicy().set(anna.id(), new PackagePolicy(false)).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.viewPackagePolicy().policy(anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
        world.core.setPackagePolicy().set(mark.id(), new PackagePolicy(false)).get();
        assertThat(world.core.viewPackagePolicy().policy(zoe.id())).containsExactly(PackagePolicy.DEFAULT);
    }

    @Test
    void aSaleRecordsThePriceAsPaidUnlessTheProviderSaysWhatWasPaid() {
        // given
        ServicePackage three = threeYoga();

        // when
        ClientPackage inFull = sell(zoe, three, anna).get();
        ClientPackage inPart = world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(three.id(), anna.id(),
                Option.none(), Option.some(Money.of(400_000, "RUB")))).get();
        ClientPackage unpaid = world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(three.id(), anna.id(),
                Option.none(), Option.some(Money.zero(TEN_THOUSAND.currency())))).get();

        // then
        assertThat(inFull.standing().balance()).isEqualTo(Money.zero(TEN_THOUSAND.currency()));
        assertThat(inPart.standing().balance()).isEqualTo(Money.of(600_000, "RUB"));
        assertThat(unpaid.standing().balance()).isEqualTo(TEN_THOUSAND);
    }

    @Test
    void aSaleWithANegativeOrForeignPaymentIsRefusedAndStoresNothing() {
        // given
        ServicePackage three = threeYoga();
        World.State before = world.state();

        // then
        assertThat(world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(three.id(), anna.id(), Option.none(),
                Option.some(Money.of(-500, "RUB")))).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(three.id(), anna.id(), Option.none(),
                Option.some(Money.of(500, "EUR")))).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aLaterPaymentLowersThePurchasesBalanceAndOnlyItsProviderRecordsOne() {
        // given
        ClientPackage bought = world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(threeYoga().id(), anna.id(),
                Option.none(), Option.some(Money.zero(TEN_THOUSAND.currency())))).get();
        PurchaseId purchase = bought.standing().purchase().id();
        Account mark = world.specialist("Mark");
        World.State before = world.state();

        // then
        assertThat(world.core.recordPurchasePayment().record(mark.id(), new RecordPurchasePayment.Command(purchase, TEN_THOUSAND))
                .getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.recordPurchasePayment().record(anna.id(), new RecordPurchasePayment.Command(purchase, TEN_THOUSAND))
                .getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.recordPurchasePayment().record(zoe.id(), new RecordPurchasePayment.Command(purchase, Money.of(-1, "RUB")))
                .getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.core.recordPurchasePayment().record(zoe.id(), new RecordPurchasePayment.Command(
                new PurchaseId(UUID.randomUUID()), TEN_THOUSAND)).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);

        // when
        ClientPackage paid = world.core.recordPurchasePayment().record(zoe.id(),
                new RecordPurchasePayment.Command(purchase, Money.of(1_200_000, "RUB"))).get();

        // then
        assertThat(paid.standing().balance()).isEqualTo(Money.of(-200_000, "RUB"));
        assertThat(annasPurchase().standing().balance()).isEqualTo(Money.of(-200_000, "RUB"));
    }

    @Test
    void anExpiredPurchasePaysForNoNewRequestButABookedSessionIsStillUsedWhenCompleted() {
        // given a package valid one day, bought on Monday: it covers Tuesday (Moscow) and no later
        ServicePackage oneDay = define(zoe, yoga, 3, TEN_THOUSAND, Option.some(1)).get();
        ClientPackage bought = sell(zoe, oneDay, anna).get();
        assertThat(bought.standing().purchase().expiry().get().lastDay()).isEqualTo(java.time.LocalDate.parse("2030-01-08"));
        Appointment tuesday = acceptedAndOver(0);

        // when
        Appointment wednesday = world.requested(anna, yoga, tuesdayAt(24));
        world.core.closeAppointment().complete(zoe.id(), tuesday.id()).get();

        // then
        assertThat(tuesday.price()).isEqualTo(Money.zero(yoga.price().currency()));
        assertThat(wednesday.price()).isEqualTo(yoga.price());
        assertThat(annasPurchase().standing().used()).isEqualTo(1);
        assertThat(annasPurchase().standing().remaining()).isEqualTo(2);
    }

    @Test
    void aBookingWithAnOrganizationsMemberIsPaidByTheOrganizationsPackageAndTheMemberSeesIt() {
        // given
        Account clinic = world.organization("Clinic");
        Account ivan = world.memberOf(clinic, "Ivan");
        Service therapy = world.service(clinic, "Therapy", HOUR);
        Account boris = world.clientOf(clinic, "Boris");
        ServicePackage five = define(clinic, therapy, 5, TEN_THOUSAND).get();
        sell(clinic, five, boris).get();

        // when
        Appointment booked = world.core.requestAppointment().request(boris.id(),
                new io.kalenner.application.booking.RequestAppointment.Command(therapy.id(), TUESDAY_10)).get();

        // then
        assertThat(booked.specialist()).isEqualTo(ivan.id());
        assertThat(booked.price()).isEqualTo(Money.zero(therapy.price().currency()));
        assertThat(world.core.listMyPackages().payingFor(ivan.id(), booked.id()).get().map(p -> p.standing().remaining()))
                .containsExactly(4);
        OrganizationPackages seen = world.core.listOrganizationPackages().ofMyOrganizations(ivan.id()).get().single();
        assertThat(seen.organization()).isEqualTo(clinic);
        assertThat(seen.onSale()).containsExactly(new PackageOffer(five, therapy));
        assertThat(seen.bought().map(p -> p.client().id())).containsExactly(boris.id());
        assertThat(world.core.listOrganizationPackages().ofMyOrganizations(zoe.id()).get()).isEmpty();
        assertThat(world.core.listOrganizationPackages().ofMyOrganizations(boris.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(define(ivan, therapy, 3, TEN_THOUSAND).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(sell(ivan, five, boris).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    private Either<Rejection, ServicePackage> define(Account actor, Service service, int sessions, Money price, Option<Integer> days) {
        return world.core.definePackage().define(actor.id(), new DefinePackage.Command(service.id(), sessions, price, days));
    }
}
