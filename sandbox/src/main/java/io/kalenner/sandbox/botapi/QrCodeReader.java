package io.kalenner.sandbox.botapi;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Reads the text of a QR code in a picture, as a phone's camera would when a user scans it. */
final class QrCodeReader {

    private QrCodeReader() {
    }

    /** The text of the QR code in the picture; empty when the bytes are no image or it holds no readable QR code. */
    static Optional<String> read(byte[] picture) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
            if (image == null) {
                return Optional.empty();
            }
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (NotFoundException | ChecksumException | FormatException | IOException noQrCode) {
            return Optional.empty();
        }
    }
}
