package io.kalenner.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TermsDocumentTest {

    private static final Instant T = Instant.parse("2030-01-07T10:00:00Z");
    private final AccountId provider = new AccountId(UUID.randomUUID());
    private final AccountId anna = new AccountId(UUID.randomUUID());
    private final TermsDocument offer = TermsDocument.create(new TermsDocumentId(UUID.randomUUID()), provider, "  Offer ", true,
            file(), "offer.pdf", T).get();

    private static FileId file() {
        return new FileId(UUID.randomUUID());
    }

    private Consent signed(TermsDocument document, AccountId client) {
        return Consent.signed(new ConsentId(UUID.randomUUID()), document, client, T.plusSeconds(60));
    }

    @Test
    void givenATitleWhenADocumentIsCreatedThenItHasTheStrippedTitleAndVersionOne() {
        assertThat(offer.title()).isEqualTo("Offer");
        assertThat(offer.versions()).hasSize(1);
        assertThat(offer.current().number()).isEqualTo(1);
        assertThat(offer.current().fileName()).isEqualTo("offer.pdf");
    }

    @Test
    void givenABlankOrTooLongTitleWhenADocumentIsCreatedThenTheInputIsInvalid() {
        assertThat(TermsDocument.create(offer.id(), provider, " ", true, file(), "x", T).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(TermsDocument.create(offer.id(), provider, "x".repeat(201), true, file(), "x", T).getLeft().reason())
                .isEqualTo(Reason.INVALID_INPUT);
    }

    @Test
    void givenADocumentWhenANewVersionIsAddedThenItIsNumberedNextAndCurrent() {
        TermsDocument second = offer.withNewVersion(file(), "offer-2.pdf", T.plusSeconds(3600));

        assertThat(second.current().number()).isEqualTo(2);
        assertThat(second.version(1)).containsExactly(offer.current());
        assertThat(second.version(3)).isEmpty();
        assertThat(second.version(0)).isEmpty();
    }

    @Test
    void givenNoConsentWhenConsentIsRequiredThenTheStateIsPending() {
        assertThat(offer.stateFor(anna, List.empty())).isEqualTo(ConsentState.PENDING);
    }

    @Test
    void givenAConsentToTheCurrentVersionThenTheStateIsSigned() {
        assertThat(offer.stateFor(anna, List.of(signed(offer, anna)))).isEqualTo(ConsentState.SIGNED);
    }

    @Test
    void givenAnotherClientsConsentThenTheStateIsStillPending() {
        assertThat(offer.stateFor(anna, List.of(signed(offer, new AccountId(UUID.randomUUID()))))).isEqualTo(ConsentState.PENDING);
    }

    @Test
    void givenAConsentToAnOlderVersionWhenANewVersionIsCurrentThenTheStateIsPendingAgain() {
        Consent toFirst = signed(offer, anna);

        TermsDocument second = offer.withNewVersion(file(), "offer-2.pdf", T.plusSeconds(3600));

        assertThat(second.stateFor(anna, List.of(toFirst))).isEqualTo(ConsentState.PENDING);
    }

    @Test
    void givenAWithdrawnConsentThenTheStateIsPending() {
        Consent withdrawn = signed(offer, anna).withdraw(T.plusSeconds(120));

        assertThat(withdrawn.active()).isFalse();
        assertThat(withdrawn.withdrawnAt()).containsExactly(T.plusSeconds(120));
        assertThat(offer.stateFor(anna, List.of(withdrawn))).isEqualTo(ConsentState.PENDING);
    }

    @Test
    void givenADocumentThatAsksForNoConsentThenTheStateIsNotRequiredWhateverWasSigned() {
        TermsDocument notRequired = offer.withConsentRequired(false);

        assertThat(notRequired.stateFor(anna, List.empty())).isEqualTo(ConsentState.NOT_REQUIRED);
        assertThat(notRequired.stateFor(anna, List.of(signed(offer, anna)))).isEqualTo(ConsentState.NOT_REQUIRED);
    }

    @Test
    void givenVersionsOutOfOrderThenNoDocumentIsMade() {
        assertThatThrownBy(() -> new TermsDocument(offer.id(), provider, "Offer", true,
                List.of(new TermsVersion(2, file(), "x", T)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAWithdrawalBeforeTheSigningThenItIsRecordedAtTheSigning() {
        Consent consent = signed(offer, anna);

        assertThat(consent.withdraw(T).withdrawnAt()).isEqualTo(Option.some(consent.signedAt()));
    }

    @Test
    void givenADocumentUploadedByAMemberThenItCountsAsUploadedByTheProvider() {
        AccountId member = new AccountId(UUID.randomUUID());
        SharedDocument byMember = new SharedDocument(new SharedDocumentId(UUID.randomUUID()), anna, provider, member, file(), "x.pdf", 1, T);
        SharedDocument byAnna = new SharedDocument(new SharedDocumentId(UUID.randomUUID()), anna, provider, anna, file(), "x.pdf", 1, T);

        assertThat(byMember.uploadedByProvider()).isTrue();
        assertThat(byAnna.uploadedByProvider()).isFalse();
    }
}
