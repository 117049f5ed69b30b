package io.kalenner.application.terms;

import static io.kalenner.application.terms.UploadTermsDocumentTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.port.SignedLink;
import io.kalenner.application.terms.UploadTermsDocument.NewDocument;
import io.kalenner.application.terms.UploadTermsDocument.NewVersion;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Download links to a terms version: for the provider, its members and its clients only. */
class TermsDownloadLinkTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Account member = world.memberOf(clinic, "Member");
    private final Account anna = world.clientOf(clinic, "Anna");
    private final TermsDocument rules = world.core.uploadTermsDocument()
            .newDocument(clinic.id(), new NewDocument("Rules", true, file("rules.pdf", "rules"))).get();

    private Either<Rejection, SignedLink> link(Account actor, TermsDocumentId document, int version) {
        return world.core.termsDownloadLink().link(actor.id(), new TermsDownloadLink.Command(document, version));
    }

    @Test
    void givenAClientWhenItAsksForALinkThenTheLinkIsBoundToThatVersionAndThatClientForFiveMinutes() {
        // when
        SignedLink link = link(anna, rules.id(), 1).get();

        // then
        assertThat(link.document()).isEqualTo(new DocumentId(rules.current().file().value()));
        assertThat(link.account()).isEqualTo(anna.id());
        assertThat(link.expiresAt()).isEqualTo(World.MONDAY_9.plus(LinkSigner.VALIDITY));
        assertThat(world.ports.links().verify(link.token(), World.MONDAY_9)).containsExactly(link);
    }

    @Test
    void givenTwoVersionsWhenTheProviderAndAMemberAskForTheOldOneThenTheyGetIt() {
        // given
        TermsDocument second = world.core.uploadTermsDocument().newVersion(clinic.id(), new NewVersion(rules.id(), file("rules-2.pdf", "new"))).get();

        // then
        assertThat(link(clinic, rules.id(), 1).get().document()).isEqualTo(new DocumentId(second.version(1).get().file().value()));
        assertThat(link(member, rules.id(), 2).get().document()).isEqualTo(new DocumentId(second.version(2).get().file().value()));
    }

    @Test
    void givenSomeoneElseWhenTheyAskForALinkThenItIsNotTheirs() {
        assertThat(link(world.user("Stranger"), rules.id(), 1).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(link(world.specialist("Mark"), rules.id(), 1).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAnUnknownDocumentOrVersionWhenAClientAsksForALinkThenItIsNotFound() {
        assertThat(link(anna, new TermsDocumentId(UUID.randomUUID()), 1).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(link(anna, rules.id(), 2).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }
}
