package io.kalenner.application.terms;

import static io.kalenner.application.terms.UploadTermsDocumentTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.terms.ListTerms.ClientTerms;
import io.kalenner.application.terms.ListTerms.ProviderTerms;
import io.kalenner.application.terms.UploadTermsDocument.NewDocument;
import io.kalenner.application.terms.UploadTermsDocument.NewVersion;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.ConsentState;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Consent to terms: required or not, signed, withdrawn, pending again after a new version, and who sees what. */
class ConsentTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Account boris = world.clientOf(zoe, "Boris");
    private final Account stranger = world.user("Stranger");
    private final TermsDocument offer = world.core.uploadTermsDocument()
            .newDocument(zoe.id(), new NewDocument("Offer", true, file("offer.pdf", "terms"))).get();

    private Either<Rejection, Consent> sign(Account actor, TermsDocument document, int version) {
        return world.core.signConsent().sign(actor.id(), new SignConsent.Command(document.id(), version));
    }

    private Either<Rejection, TermsDocument> setRequired(Account actor, TermsDocumentId document, boolean required) {
        return world.core.setConsentRequired().set(actor.id(), new SetConsentRequired.Command(document, required));
    }

    private ConsentState stateOf(Account client) {
        return world.core.listTerms().forClient(client.id(), zoe.id()).get().head().state();
    }

    private TermsDocument newVersion() {
        return world.core.uploadTermsDocument().newVersion(zoe.id(), new NewVersion(offer.id(), file("offer-2.pdf", "new"))).get();
    }

    @Nested
    class SettingConsentRequired {

        @Test
        void givenItsProviderWhenItMarksTheDocumentNotRequiredThenClientsSeeNoStatus() {
            TermsDocument changed = setRequired(zoe, offer.id(), false).get();

            assertThat(changed.consentRequired()).isFalse();
            assertThat(stateOf(anna)).isEqualTo(ConsentState.NOT_REQUIRED);
        }

        @Test
        void givenASignedDocumentWhenConsentIsNoLongerAndThenAgainRequiredThenTheSignatureStillCounts() {
            sign(anna, offer, 1).get();

            setRequired(zoe, offer.id(), false).get();
            setRequired(zoe, offer.id(), true).get();

            assertThat(stateOf(anna)).isEqualTo(ConsentState.SIGNED);
        }

        @Test
        void givenAnotherProviderOrAClientWhenItChangesTheFlagThenItIsNotTheirs() {
            Account mark = world.specialist("Mark");

            assertThat(setRequired(mark, offer.id(), false).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(setRequired(anna, offer.id(), false).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.ports.terms().findById(offer.id())).containsExactly(offer);
        }

        @Test
        void givenAnUnknownDocumentWhenTheProviderChangesTheFlagThenItIsNotFound() {
            assertThat(setRequired(zoe, new TermsDocumentId(UUID.randomUUID()), false).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        }
    }

    @Nested
    class Signing {

        @Test
        void givenAPendingDocumentWhenTheClientSignsThenWhoWhenAndWhichVersionAreRecordedAndItIsSigned() {
            assertThat(stateOf(anna)).isEqualTo(ConsentState.PENDING);

            Consent consent = sign(anna, offer, 1).get();

            assertThat(consent.client()).isEqualTo(anna.id());
            assertThat(consent.version()).isEqualTo(1);
            assertThat(consent.signedAt()).isEqualTo(World.MONDAY_9);
            assertThat(consent.active()).isTrue();
            assertThat(stateOf(anna)).isEqualTo(ConsentState.SIGNED);
            assertThat(stateOf(boris)).isEqualTo(ConsentState.PENDING);
        }

        @Test
        void givenASignedDocumentWhenTheClientSignsAgainThenTheFirstConsentIsTheAnswerAndNoneIsAdded() {
            Consent first = sign(anna, offer, 1).get();
            world.clock.advance(Duration.ofMinutes(5));

            assertThat(sign(anna, offer, 1)).containsExactly(first);
            assertThat(world.ports.terms().consentsTo(offer.id())).containsExactly(first);
        }

        @Test
        void givenASignedDocumentWhenANewVersionIsUploadedThenItIsPendingAgainAndTheNewVersionCanBeSigned() {
            sign(anna, offer, 1).get();

            TermsDocument second = newVersion();

            assertThat(stateOf(anna)).isEqualTo(ConsentState.PENDING);
            assertThat(sign(anna, second, 2).get().version()).isEqualTo(2);
            assertThat(stateOf(anna)).isEqualTo(ConsentState.SIGNED);
        }

        @Test
        void givenANewVersionWhenTheClientSignsTheOldOneThenItIsOutdated() {
            newVersion();

            Either<Rejection, Consent> answer = sign(anna, offer, 1);

            assertThat(answer.getLeft()).isEqualTo(Rejection.of(Reason.TERMS_VERSION_OUTDATED, 2));
            assertThat(world.ports.terms().consentsTo(offer.id())).isEmpty();
        }

        @Test
        void givenAnUnknownVersionOrDocumentWhenTheClientSignsThenItIsNotFound() {
            assertThat(sign(anna, offer, 7).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
            assertThat(world.core.signConsent().sign(anna.id(), new SignConsent.Command(new TermsDocumentId(UUID.randomUUID()), 1))
                    .getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        }

        @Test
        void givenADocumentThatAsksForNoConsentWhenTheClientSignsThenConsentIsNotRequired() {
            setRequired(zoe, offer.id(), false).get();

            assertThat(sign(anna, offer, 1).getLeft().reason()).isEqualTo(Reason.CONSENT_NOT_REQUIRED);
            assertThat(world.ports.terms().consentsTo(offer.id())).isEmpty();
        }

        @Test
        void givenSomeoneWhoIsNotTheProvidersClientWhenTheySignThenItIsNotTheirProvider() {
            assertThat(sign(stranger, offer, 1).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
            assertThat(sign(zoe, offer, 1).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
            assertThat(world.ports.terms().consentsTo(offer.id())).isEmpty();
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void givenASignedDocumentWhenTheClientWithdrawsThenItIsPendingAndTheHistoryIsKept() {
            Consent consent = sign(anna, offer, 1).get();
            world.clock.advance(Duration.ofHours(1));

            List<Consent> withdrawn = world.core.withdrawConsent().withdraw(anna.id(), offer.id()).get();

            assertThat(withdrawn).containsExactly(consent.withdraw(World.MONDAY_9.plus(Duration.ofHours(1))));
            assertThat(stateOf(anna)).isEqualTo(ConsentState.PENDING);
            assertThat(world.ports.terms().consentsTo(offer.id())).containsExactlyElementsOf(withdrawn);
        }

        @Test
        void givenAConsentLeftFromAnEarlierVersionWhenTheClientWithdrawsThenThatOneIsWithdrawn() {
            sign(anna, offer, 1).get();
            newVersion();

            List<Consent> withdrawn = world.core.withdrawConsent().withdraw(anna.id(), offer.id()).get();

            assertThat(withdrawn).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(1));
            assertThat(world.ports.terms().consentsTo(offer.id())).allSatisfy(c -> assertThat(c.active()).isFalse());
        }

        @Test
        void givenNoConsentOrAWithdrawnOneWhenTheClientWithdrawsThenItIsNotSigned() {
            assertThat(world.core.withdrawConsent().withdraw(anna.id(), offer.id()).getLeft().reason()).isEqualTo(Reason.NOT_SIGNED);

            sign(anna, offer, 1).get();
            world.core.withdrawConsent().withdraw(anna.id(), offer.id()).get();

            assertThat(world.core.withdrawConsent().withdraw(anna.id(), offer.id()).getLeft().reason()).isEqualTo(Reason.NOT_SIGNED);
        }

        @Test
        void givenAnotherClientsConsentWhenSomeoneElseWithdrawsThenTheConsentStays() {
            Consent annas = sign(anna, offer, 1).get();

            assertThat(world.core.withdrawConsent().withdraw(boris.id(), offer.id()).getLeft().reason()).isEqualTo(Reason.NOT_SIGNED);
            assertThat(world.core.withdrawConsent().withdraw(stranger.id(), offer.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
            assertThat(world.core.withdrawConsent().withdraw(zoe.id(), offer.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
            assertThat(world.ports.terms().consentsTo(offer.id())).containsExactly(annas);
        }

        @Test
        void givenAnUnknownDocumentWhenTheClientWithdrawsThenItIsNotFound() {
            assertThat(world.core.withdrawConsent().withdraw(anna.id(), new TermsDocumentId(UUID.randomUUID())).getLeft().reason())
                    .isEqualTo(Reason.NOT_FOUND);
        }
    }

    @Nested
    class Listing {

        @Test
        void givenDocumentsWhenAClientListsThemThenEachComesWithItsStateInUploadOrder() {
            TermsDocument privacy = world.core.uploadTermsDocument()
                    .newDocument(zoe.id(), new NewDocument("Privacy", false, file("privacy.pdf", "p"))).get();
            Consent consent = sign(anna, offer, 1).get();

            List<ClientTerms> annas = world.core.listTerms().forClient(anna.id(), zoe.id()).get();

            assertThat(annas).containsExactly(
                    new ClientTerms(offer, ConsentState.SIGNED, Option.some(consent)),
                    new ClientTerms(privacy, ConsentState.NOT_REQUIRED, Option.none()));
        }

        @Test
        void givenConsentsWhenTheProviderListsThenItSeesWhoSignedWhichVersionWithdrawalsIncluded() {
            Consent annasFirst = sign(anna, offer, 1).get();
            world.core.withdrawConsent().withdraw(anna.id(), offer.id()).get();
            TermsDocument second = newVersion();
            Consent boriss = sign(boris, second, 2).get();

            List<ProviderTerms> zoes = world.core.listTerms().forProvider(zoe.id(), zoe.id()).get();

            assertThat(zoes).singleElement().satisfies(terms -> {
                assertThat(terms.document()).isEqualTo(second);
                assertThat(terms.consents()).containsExactly(
                        new ListTerms.Signature(anna, annasFirst.withdraw(World.MONDAY_9)),
                        new ListTerms.Signature(boris, boriss));
            });
        }

        @Test
        void givenAnOrganizationWhenItsMemberListsForTheProviderThenItSeesTheConsents() {
            Account clinic = world.organization("Clinic");
            Account member = world.memberOf(clinic, "Member");
            world.core.uploadTermsDocument().newDocument(clinic.id(), new NewDocument("Rules", true, file("rules.pdf", "r"))).get();

            assertThat(world.core.listTerms().forProvider(member.id(), clinic.id()).get()).hasSize(1);
        }

        @Test
        void givenSomeoneNotOnTheProvidersSideWhenTheyListForTheProviderThenItIsNotTheirs() {
            assertThat(world.core.listTerms().forProvider(anna.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.core.listTerms().forProvider(stranger.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        }

        @Test
        void givenSomeoneWhoIsNotAClientWhenTheyListAsAClientThenItIsNotTheirProvider() {
            assertThat(world.core.listTerms().forClient(stranger.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        }
    }
}
