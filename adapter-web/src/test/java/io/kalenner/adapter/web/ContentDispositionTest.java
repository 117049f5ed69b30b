package io.kalenner.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    private static String encodedPart(String header) {
        return header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
    }

    @Test
    void givenAPlainAsciiNameThenBothFormsCarryIt() {
        assertThat(ContentDisposition.attachment("report-2030.pdf"))
                .isEqualTo("attachment; filename=\"report-2030.pdf\"; filename*=UTF-8''report-2030.pdf");
    }

    @Test
    void givenANonLatinNameThenTheFullNameSurvivesInFilenameStar() {
        String header = ContentDisposition.attachment("Согласие на обработку 📄.docx");

        assertThat(URLDecoder.decode(encodedPart(header).replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo("Согласие на обработку 📄.docx");
        assertThat(header).matches("[\\x20-\\x7E]+");
    }

    @Test
    void givenQuotesBackslashesAndLineBreaksThenTheHeaderStaysOneSafeValue() {
        String header = ContentDisposition.attachment("a\"b\\c\r\nX-Evil: 1\u0000.txt");

        assertThat(header).matches("[\\x20-\\x7E]+");
        assertThat(header).startsWith("attachment; filename=\"a_b_c__X-Evil: 1_.txt\"; filename*=UTF-8''a%22b_c__X-Evil%3A%201_.txt");
    }

    @Test
    void givenPathsAndBidiTricksThenTheyCannotReachTheSavedName() {
        assertThat(ContentDisposition.attachment("../../etc/passwd")).contains("filename=\".._.._etc_passwd\"");
        // U+202E would show "invoice_fdp.exe" as "invoice_exe.pdf"
        assertThat(ContentDisposition.attachment("invoice_\u202Efdp.exe")).contains("filename*=UTF-8''invoice__fdp.exe");
        assertThat(ContentDisposition.attachment("..")).contains("filename=\"document\"");
        assertThat(ContentDisposition.attachment("   ")).contains("filename=\"document\"");
    }
}
