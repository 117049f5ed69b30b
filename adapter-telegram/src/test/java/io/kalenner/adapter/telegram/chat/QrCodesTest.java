package io.kalenner.adapter.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invitation's QR code reads back, as a scanner that searches the whole picture reads it. */
class QrCodesTest {

    /** Links whose QR code, drawn with the mask the encoder picks, ZXing's scanner does not read (found by a run of 3,000). */
    static Stream<String> linksTheEncodersOwnMaskSpoils() {
        return Stream.of(
                "https://t.me/kalenner_sandbox_bot?start=7QUOnLXqx7B-AbGOqjPFNQ",
                "https://t.me/kalenner_sandbox_bot?start=LQla3ZNWlqf3GwiV51tiKA",
                "https://t.me/kalenner_sandbox_bot?start=2LKov58bthByWBKzgcTF9A",
                "https://t.me/kalenner_sandbox_bot?start=G4Ml9sZ98GKJ1vqjET01jw");
    }

    @ParameterizedTest
    @MethodSource("linksTheEncodersOwnMaskSpoils")
    void givenALinkWhoseUsualQrCodeIsUnreadable_whenItsPictureIsDrawn_thenAScannerReadsTheLink(String link) throws Exception {
        assertThat(scan(QrCodes.picture(new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 512, 512,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2)))))
                .as("the encoder's own choice, unreadable: the case this test is about")
                .isEmpty();

        assertThat(scan(ImageIO.read(new ByteArrayInputStream(QrCodes.png(link))))).contains(link);
    }

    @Test
    void givenManyRandomInvitationLinks_whenTheirPicturesAreDrawn_thenAScannerReadsEachOne() throws Exception {
        SecureRandom random = new SecureRandom();
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] code = new byte[16];
            random.nextBytes(code);
            String link = "https://t.me/kalenner_bot?start=" + Base64.getUrlEncoder().withoutPadding().encodeToString(code);
            if (!scan(ImageIO.read(new ByteArrayInputStream(QrCodes.png(link)))).equals(Optional.of(link))) {
                unread.add(link);
            }
        }
        assertThat(unread).isEmpty();
    }

    private static Optional<String> scan(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (ReaderException unreadable) {
            return Optional.empty();
        }
    }
}
