package io.kalenner.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.application.MutableClock;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HmacLinkSignerTest {

    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final byte[] key = key(7);
    private final LinkSigner signer = new HmacLinkSigner(key, clock);
    private final DocumentId document = DocumentId.random();
    private final AccountId account = new AccountId(UUID.randomUUID());

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void givenASignedLinkWhenVerifiedWithinFiveMinutesThenItGrantsTheDocumentToTheAccount() {
        // given
        SignedLink link = signer.sign(document, account);

        // when
        SignedLink verified = signer.verify(link.token(), NOW.plus(Duration.ofMinutes(4))).get();

        // then
        assertThat(verified).isEqualTo(link);
        assertThat(verified.document()).isEqualTo(document);
        assertThat(verified.account()).isEqualTo(account);
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(LinkSigner.VALIDITY));
    }

    @Test
    void givenALinkWhenVerifiedJustBeforeAndAtItsExpiryThenItIsValidThenExpired() {
        SignedLink link = signer.sign(document, account);

        assertThat(signer.verify(link.token(), link.expiresAt().minusNanos(1)).isRight()).isTrue();
        assertThat(signer.verify(link.token(), link.expiresAt()).getLeft().reason()).isEqualTo(Rejection.Reason.LINK_EXPIRED);
        assertThat(signer.verify(link.token(), link.expiresAt().plus(Duration.ofDays(30))).getLeft().reason())
                .isEqualTo(Rejection.Reason.LINK_EXPIRED);
    }

    @Test
    void givenTheClockMovedWhenSignedThenTheLinkRunsFiveMinutesFromTheClocksNow() {
        clock.advance(Duration.ofHours(3).plusMillis(1));

        SignedLink link = signer.sign(document, account);

        // one-second precision, never shorter than five minutes
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(3)).plus(LinkSigner.VALIDITY).plusSeconds(1));
    }

    @Test
    void givenATokenWithAnyOneCharacterChangedWhenVerifiedThenItIsNotFoundNeverExpired() {
        // given
        SignedLink link = signer.sign(document, account);
        String token = link.token();

        for (int i = 0; i < token.length(); i++) {
            // when
            char changed = token.charAt(i) == 'A' ? 'B' : 'A';
            String forged = token.substring(0, i) + changed + token.substring(i + 1);

            // then: even long after expiry, a forgery is not told apart from garbage
            assertThat(signer.verify(forged, NOW).getLeft().reason()).as("position %d", i).isEqualTo(Rejection.Reason.NOT_FOUND);
            assertThat(signer.verify(forged, NOW.plus(Duration.ofDays(1))).getLeft().reason()).isEqualTo(Rejection.Reason.NOT_FOUND);
        }
    }

    @Test
    void givenATokenMadeWithAnotherKeyWhenVerifiedThenItIsNotFound() {
        SignedLink elsewhere = new HmacLinkSigner(key(8), clock).sign(document, account);

        assertThat(signer.verify(elsewhere.token(), NOW).getLeft().reason()).isEqualTo(Rejection.Reason.NOT_FOUND);
    }

    @Test
    void givenTextThatIsNoTokenWhenVerifiedThenItIsNotFound() {
        String genuine = signer.sign(document, account).token();
        // the same bytes in standard Base64: a different spelling only when the token holds '-' or '_'
        String standardSpelling = genuine.replace('-', '+').replace('_', '/');
        java.util.List<String> garbages = new java.util.ArrayList<>(java.util.List.of("", "x", genuine.substring(1), genuine + "A",
                genuine + "=", "+" + genuine.substring(1), "/" + genuine.substring(1), " " + genuine, "%00", "../../etc/passwd", "A".repeat(5000)));
        if (!standardSpelling.equals(genuine)) {
            garbages.add(standardSpelling);
        }

        for (String garbage : garbages) {
            assertThat(signer.verify(garbage, NOW).getLeft().reason()).as(garbage).isEqualTo(Rejection.Reason.NOT_FOUND);
        }
        assertThat(signer.verify(null, NOW).getLeft().reason()).isEqualTo(Rejection.Reason.NOT_FOUND);
    }

    @Test
    void givenTwoAccountsWhenLinksAreSignedForTheSameDocumentThenEachLinkNamesItsOwnAccount() {
        AccountId other = new AccountId(UUID.randomUUID());

        SignedLink mine = signer.sign(document, account);
        SignedLink theirs = signer.sign(document, other);

        assertThat(mine.token()).isNotEqualTo(theirs.token());
        assertThat(signer.verify(mine.token(), NOW).get().account()).isEqualTo(account);
        assertThat(signer.verify(theirs.token(), NOW).get().account()).isEqualTo(other);
    }

    @Test
    void givenAnyLinkThenItsTokenIsUrlSafeAndShort() {
        String token = signer.sign(document, account).token();

        assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void givenAKeyShorterThan32BytesWhenASignerIsMadeThenItIsRefused() {
        assertThatThrownBy(() -> new HmacLinkSigner(new byte[31], clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTheKeyArrayChangedAfterwardsWhenVerifyingThenTheSignerStillUsesTheKeyItWasGiven() {
        SignedLink link = signer.sign(document, account);

        Arrays.fill(key, (byte) 0);

        assertThat(signer.verify(link.token(), NOW).isRight()).isTrue();
    }
}
