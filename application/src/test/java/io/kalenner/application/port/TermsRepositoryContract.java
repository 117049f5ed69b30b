package io.kalenner.application.port;

import static io.kalenner.application.port.Seed.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.ConsentId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TermsRepository} promises. */
public abstract class TermsRepositoryContract extends PortContract {

    private TermsRepository terms() {
        return under().terms();
    }

    static TermsDocument newDocument(Account provider, String title) {
        return TermsDocument.create(new TermsDocumentId(UUID.randomUUID()), provider.id(), title, true,
                new FileId(UUID.randomUUID()), title + ".pdf", T).get();
    }

    private TermsDocument saved(TermsDocument document) {
        seed().write(() -> terms().save(document));
        return document;
    }

    private Consent signed(TermsDocument document, Account client) {
        Consent consent = Consent.signed(new ConsentId(UUID.randomUUID()), document, client.id(), T.plusSeconds(60));
        seed().write(() -> terms().saveConsent(consent));
        return consent;
    }

    @Test
    void givenASavedDocumentWhenFoundByIdThenEveryFieldComesBack() {
        Account zoe = seed().specialist("Zoe");
        TermsDocument offer = saved(newDocument(zoe, "Публичная оферта"));

        assertThat(terms().findById(offer.id())).containsExactly(offer);
    }

    @Test
    void givenAVersionsFileWhenFoundByFileThenItsDocumentComesWithEveryVersion() {
        // given
        Account zoe = seed().specialist("Zoe");
        TermsDocument offer = saved(newDocument(zoe, "Offer"));
        saved(newDocument(zoe, "Privacy"));
        TermsDocument second = saved(offer.withNewVersion(new FileId(UUID.randomUUID()), "offer-2.pdf", T.plusSeconds(3600)));

        // then: the old version's file and the current one's both lead to the document as it is now
        assertThat(terms().findByFile(offer.current().file())).containsExactly(second);
        assertThat(terms().findByFile(second.current().file())).containsExactly(second);
        assertThat(terms().findByFile(new FileId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenNoSuchDocumentWhenFoundByIdThenNothing() {
        assertThat(terms().findById(new TermsDocumentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenANewVersionWhenSavedThenTheDocumentHasEveryVersionInOrder() {
        Account zoe = seed().specialist("Zoe");
        TermsDocument offer = saved(newDocument(zoe, "Offer"));

        TermsDocument third = saved(offer.withNewVersion(new FileId(UUID.randomUUID()), "offer-2.pdf", T.plusSeconds(3600))
                .withNewVersion(new FileId(UUID.randomUUID()), "offer-3.pdf", T.plusSeconds(7200)));

        assertThat(terms().findById(offer.id())).containsExactly(third);
    }

    @Test
    void givenAChangedConsentFlagWhenSavedAgainThenItIsReplaced() {
        Account zoe = seed().specialist("Zoe");
        TermsDocument offer = saved(newDocument(zoe, "Offer"));

        TermsDocument notRequired = saved(offer.withConsentRequired(false));

        assertThat(terms().findById(offer.id())).containsExactly(notRequired);
    }

    @Test
    void givenSeveralProvidersWhenListedThenEachHasItsOwnDocumentsInTheOrderFirstSaved() {
        Account zoe = seed().specialist("Zoe");
        Account clinic = seed().organization("Clinic");
        TermsDocument offer = saved(newDocument(zoe, "Offer"));
        TermsDocument rules = saved(newDocument(clinic, "Rules"));
        TermsDocument privacy = saved(newDocument(zoe, "Privacy"));
        TermsDocument offerAgain = saved(offer.withConsentRequired(false));

        assertThat(terms().ofProvider(zoe.id())).containsExactly(offerAgain, privacy);
        assertThat(terms().ofProvider(clinic.id())).containsExactly(rules);
        assertThat(terms().ofProvider(seed().specialist("Mark").id())).isEmpty();
    }

    @Test
    void givenConsentsWhenListedThenEveryOneOfTheDocumentComesBackOldestFirstWithdrawnIncluded() {
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Account boris = seed().client("Boris");
        TermsDocument offer = saved(newDocument(zoe, "Offer"));
        TermsDocument privacy = saved(newDocument(zoe, "Privacy"));
        Consent annas = signed(offer, anna);
        Consent boriss = signed(offer, boris);
        Consent toPrivacy = signed(privacy, anna);

        Consent withdrawn = annas.withdraw(T.plusSeconds(600));
        seed().write(() -> terms().saveConsent(withdrawn));

        assertThat(terms().consentsTo(offer.id())).containsExactly(withdrawn, boriss);
        assertThat(terms().consentsTo(privacy.id())).containsExactly(toPrivacy);
    }

    @Test
    void givenAConsentToAnEarlierVersionWhenANewVersionIsSavedThenTheConsentStays() {
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        TermsDocument offer = saved(newDocument(zoe, "Offer"));
        Consent toFirst = signed(offer, anna);

        saved(offer.withNewVersion(new FileId(UUID.randomUUID()), "offer-2.pdf", T.plusSeconds(3600)));

        assertThat(terms().consentsTo(offer.id())).containsExactly(toFirst);
    }

    @Test
    void givenARefusedTransactionWhenItSavedThenNothingStays() {
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        TermsDocument offer = saved(newDocument(zoe, "Offer"));
        TermsDocument undone = newDocument(zoe, "Undone");

        under().transactions().inTransaction(() -> {
            terms().save(undone);
            terms().save(offer.withNewVersion(new FileId(UUID.randomUUID()), "offer-2.pdf", T.plusSeconds(3600)));
            terms().saveConsent(Consent.signed(new ConsentId(UUID.randomUUID()), offer, anna.id(), T));
            return Rejection.of(Reason.NOT_YOURS).asLeft();
        });

        assertThat(terms().findById(undone.id())).isEmpty();
        assertThat(terms().findById(offer.id())).containsExactly(offer);
        assertThat(terms().consentsTo(offer.id())).isEmpty();
    }
}
