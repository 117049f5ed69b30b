package io.kalenner.adapter.telegram.chat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * QR code pictures (PNG) of links, for printing or showing on a screen. Each picture is read back
 * before it is sent: for about one link in a hundred, ZXing's scanner cannot read the code drawn
 * with the mask the encoder picks, so another of the eight masks is used (decisions.md, D83).
 */
public final class QrCodes {

    private static final int SIZE = 512;
    private static final int MASK_PATTERNS = 8;

    private QrCodes() {}

    public static byte[] png(String text) {
        try {
            BufferedImage picture = picture(encode(text, Map.of()));
            if (!readsBack(picture, text)) {
                picture = IntStream.range(0, MASK_PATTERNS)
                        .mapToObj(mask -> picture(encode(text, Map.of(EncodeHintType.QR_MASK_PATTERN, mask))))
                        .filter(masked -> readsBack(masked, text))
                        .findFirst()
                        // still a valid QR code, and other scanners may read it: better than no invitation
                        .orElse(picture);
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", png);
            return png.toByteArray();
        } catch (IOException failed) {
            throw new IllegalStateException("could not write a QR code's picture", failed);
        }
    }

    private static BitMatrix encode(String text, Map<EncodeHintType, Object> extraHints) {
        Map<EncodeHintType, Object> hints = new HashMap<>(extraHints);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE, hints);
        } catch (WriterException failed) {
            // a link of a few dozen characters always fits a QR code: failing here is a bug
            throw new IllegalStateException("could not draw a QR code", failed);
        }
    }

    /** The code's modules in black on white; package-private for the test that draws the encoder's own choice. */
    static BufferedImage picture(BitMatrix matrix) {
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    /** Whether a scanner that looks for the code in the whole picture, as a phone's camera does, reads the text. */
    private static boolean readsBack(BufferedImage picture, String text) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText().equals(text);
        } catch (ReaderException unreadable) {
            return false;
        }
    }
}
