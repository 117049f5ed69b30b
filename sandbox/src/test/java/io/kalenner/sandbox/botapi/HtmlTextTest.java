package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HTML is read and refused as Telegram reads and refuses it: error offsets are UTF-8 bytes, entity offsets UTF-16 units. */
class HtmlTextTest {

    @Test
    void supportedMarkupBecomesPlainText() {
        HtmlText text = HtmlText.parse("<b>Bold</b> <a href=\"https://x.example/?a=1&amp;b=2\">link</a> &quot;q&quot; &#128197; <span class=\"tg-spoiler\">s</span>");

        assertThat(text.error()).isEmpty();
        assertThat(text.plain()).isEqualTo("Bold link \"q\" 📅 s");
    }

    @Test
    void anAmpersandThatIsNoEntityStaysAsItIs() {
        assertThat(HtmlText.parse("Tom & Jerry &nbsp;").plain()).isEqualTo("Tom & Jerry &nbsp;");
    }

    @Test
    void anUnsupportedTagIsNamedWithItsByteOffset() {
        assertThat(HtmlText.parse("Имя <ник>").error()).contains("Unsupported start tag \"ник\" at byte offset 7");
    }

    @Test
    void aLessThanSignThatOpensNoTagIsAnUnsupportedEmptyTag() {
        assertThat(HtmlText.parse("a < b").error()).contains("Unsupported start tag \"\" at byte offset 2");
    }

    @Test
    void anUnclosedTagIsNamed() {
        assertThat(HtmlText.parse("<i>slot").error()).contains("Can't find end tag corresponding to start tag \"i\"");
    }

    @Test
    void aStartTagWithoutItsGreaterThanSignIsUnclosed() {
        assertThat(HtmlText.parse("x <b").error()).contains("Unclosed start tag at byte offset 2");
    }

    @Test
    void endTagsMustMatchTheOpenTag() {
        assertThat(HtmlText.parse("<b><i>x</b></i>").error()).contains("Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"");
        assertThat(HtmlText.parse("x</b>").error()).contains("Unexpected end tag at byte offset 1");
    }

    @Test
    void aSpanMustBeASpoiler() {
        assertThat(HtmlText.parse("<span>x</span>").error()).contains("Tag \"span\" must have class \"tg-spoiler\" at byte offset 0");
    }

    @Test
    void givenNestedTags_whenParsed_thenTheyBecomeEntitiesWithUtf16Offsets() {
        HtmlText text = HtmlText.parse("📅 <b>Anna <i>B</i></b> <a href=\"https://x.example/?a=1&amp;b=2\">link</a>");

        assertThat(text.plain()).isEqualTo("📅 Anna B link");
        assertThat(text.entities()).extracting(TextEntity::type, TextEntity::offset, TextEntity::length).containsExactly(
                tuple("bold", 3, 6),
                tuple("italic", 8, 1),
                tuple("text_link", 10, 4));
        assertThat(text.entities().get(2).url()).contains("https://x.example/?a=1&b=2");
    }

    @Test
    void givenCodeInsidePre_whenParsed_thenThePreBlockCarriesTheLanguage() {
        HtmlText text = HtmlText.parse("<pre><code class=\"language-java\">int x;</code></pre><code>y</code>");

        assertThat(text.entities()).extracting(TextEntity::type, TextEntity::language).containsExactly(
                tuple("pre", Optional.of("java")),
                tuple("code", Optional.empty()));
    }

    @Test
    void givenTextWithSurroundingSpace_whenFormatted_thenTheEntitiesMoveWithTheStrippedText() {
        MessageRules.Formatted text = MessageRules.Formatted.of("  <b>Hi</b> <i> </i>", Optional.of("HTML"));

        assertThat(text.plain()).isEqualTo("Hi");
        assertThat(text.entities()).extracting(TextEntity::type, TextEntity::offset, TextEntity::length)
                .containsExactly(tuple("bold", 0, 2));
    }
}
