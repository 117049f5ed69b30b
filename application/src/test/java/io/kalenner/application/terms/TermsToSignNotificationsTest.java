package io.kalenner.application.terms;

import static io.kalenner.application.terms.UploadTermsDocumentTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.Notification.AboutTerms;
import io.kalenner.application.terms.UploadTermsDocument.NewDocument;
import io.kalenner.application.terms.UploadTermsDocument.NewVersion;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** A provider's clients are told when a terms document waits for their consent (D61), in the transaction of the change. */
class TermsToSignNotificationsTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Account member = world.memberOf(clinic, "Member");
    private final Account anna = world.clientOf(clinic, "Anna");
    private final Account boris = world.clientOf(clinic, "Boris");
    private final Account othersClient = world.clientOf(world.specialist("Mark"), "Vera");

    private TermsDocument upload(String title, boolean consentRequired) {
        return world.core.uploadTermsDocument().newDocument(clinic.id(), new NewDocument(title, consentRequired, file(title + ".pdf", title))).get();
    }

    private TermsDocument newVersion(TermsDocument document) {
        return world.core.uploadTermsDocument().newVersion(clinic.id(), new NewVersion(document.id(), file("v2.pdf", "new"))).get();
    }

    private TermsDocument setRequired(TermsDocument document, boolean required) {
        return world.core.setConsentRequired().set(clinic.id(), new SetConsentRequired.Command(document.id(), required)).get();
    }

    private void signCurrent(Account client, TermsDocument document) {
        world.core.signConsent().sign(client.id(), new SignConsent.Command(document.id(), document.current().number())).get();
    }

    /** Who was told to sign what, leaving the notices waiting. */
    private List<Told> toldToSign() {
        return world.waitingNotifications()
                .filter(notification -> notification.kind() == Notification.Kind.TERMS_TO_SIGN)
                .map(notification -> new Told(notification.recipient(), notification.subject()));
    }

    private record Told(AccountId recipient, Notification.Subject subject) {}

    private static Told told(Account client, TermsDocument document) {
        return new Told(client.id(), new AboutTerms(document.id()));
    }

    @Test
    void givenADocumentNeedingConsentWhenANewVersionIsUploadedThenEveryClientOfTheProviderIsToldOnce() {
        // given: Anna signed version 1, and earlier notices were delivered
        TermsDocument rules = upload("Rules", true);
        signCurrent(anna, rules);
        world.waitingNotifications().forEach(notification -> world.ports.outbox().markDelivered(notification.id()));

        // when
        newVersion(rules);

        // then: both clients, Anna's signature being for version 1; not the member, not another provider's client
        assertThat(toldToSign()).containsExactlyInAnyOrder(told(anna, rules), told(boris, rules));
    }

    @Test
    void givenANewDocumentNeedingConsentWhenUploadedThenEveryClientIsTold() {
        // when
        TermsDocument rules = upload("Rules", true);

        // then
        assertThat(toldToSign()).containsExactlyInAnyOrder(told(anna, rules), told(boris, rules));
    }

    @Test
    void givenADocumentNeedingNoConsentWhenUploadedOrGivenANewVersionThenNobodyIsTold() {
        // when
        TermsDocument notice = upload("Notice", false);
        newVersion(notice);

        // then
        assertThat(toldToSign()).isEmpty();
    }

    @Test
    void givenConsentTurnedOnWhenOneClientSignedBeforeItWasOffThenOnlyTheOthersAreTold() {
        // given: Anna signed while consent was needed, then it was switched off, her signature kept (D19)
        TermsDocument rules = upload("Rules", true);
        signCurrent(anna, rules);
        setRequired(rules, false);
        world.waitingNotifications().forEach(notification -> world.ports.outbox().markDelivered(notification.id()));

        // when
        setRequired(rules, true);

        // then
        assertThat(toldToSign()).containsExactly(told(boris, rules));
    }

    @Test
    void givenConsentAlreadyNeededWhenItIsSetOnAgainOrOffThenNobodyIsToldAgain() {
        // given
        TermsDocument rules = upload("Rules", true);
        world.waitingNotifications().forEach(notification -> world.ports.outbox().markDelivered(notification.id()));

        // when
        setRequired(rules, true);
        setRequired(rules, false);

        // then
        assertThat(toldToSign()).isEmpty();
    }

    @Test
    void givenSomeoneButTheProviderWhenTheyTryANewVersionThenItIsRefusedAndNobodyIsTold() {
        // given
        TermsDocument rules = upload("Rules", true);
        world.waitingNotifications().forEach(notification -> world.ports.outbox().markDelivered(notification.id()));

        // when
        var refused = world.core.uploadTermsDocument().newVersion(member.id(), new NewVersion(rules.id(), file("v2.pdf", "new")));

        // then
        assertThat(refused.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(toldToSign()).isEmpty();
        assertThat(othersClient.id()).isNotIn(toldToSign().map(Told::recipient));
    }
}
