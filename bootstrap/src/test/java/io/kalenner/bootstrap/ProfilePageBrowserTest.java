package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.profile.DesignProfile;
import io.kalenner.application.profile.EditProfile;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.Design;
import io.kalenner.domain.profile.Theme;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A published profile page in a real browser at a phone's size (390×844): in every theme it fits
 * the screen without sideways scrolling, its invitation button is on screen and usable, and the
 * page writes no errors to the console.
 */
class ProfilePageBrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final String LONG_WORD = "Психотерапевт-консультант-супервизор".repeat(3);

    @TempDir
    Path dataDirectory;
    @TempDir
    Path browserProfile;

    private PostgresPersistence database;
    private SandboxMode sandbox;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        database = PostgresPersistence.embeddedNotDurable(dataDirectory.resolve("postgres"));
        sandbox = SandboxMode.start(Configuration.from(Map.of(
                "KALENNER_DATA_DIR", dataDirectory.toString(),
                "KALENNER_SANDBOX_DEMO", "off",
                "KALENNER_HTTP_PORT", String.valueOf(SandboxModeTest.freePort()))), database, Clock.systemUTC());
        browser = HeadlessChromium.start(browserProfile, PHONE_WIDTH, 844);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    void aPublishedPageFitsAPhoneScreenWithItsInvitationOnScreen(Theme theme) {
        // given a provider with every text filled, one long unbreakable word among them, and a service
        BookingCore core = sandbox.kalenner().core();
        Account zoe = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(5151), "Зоя Иванова", Language.RU));
        core.registerAsProvider().register(zoe.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        core.addService().add(zoe.id(), new AddService.Command("Консультация", Duration.ofMinutes(50), Money.of(350000, "RUB"))).get();
        edit(core, zoe, EditProfile.Field.SLUG, "zoya");
        edit(core, zoe, EditProfile.Field.ABOUT, "Помогаю справиться с тревогой. " + LONG_WORD);
        edit(core, zoe, EditProfile.Field.EXPERIENCE, "12 лет частной практики");
        edit(core, zoe, EditProfile.Field.EDUCATION, "МГУ, факультет психологии");
        edit(core, zoe, EditProfile.Field.WEBSITE, "https://example.com/" + "очень-длинный-адрес-страницы".repeat(3));
        edit(core, zoe, EditProfile.Field.ADDRESS, "Москва, Тверская улица, 1");
        core.designProfile().design(zoe.id(), new DesignProfile.Command(theme, "#2a6fdb", Design.DEFAULT.sections())).get();
        core.publishProfile().publish(zoe.id(), true).get();
        URI page = sandbox.web().profileUrl("zoya");

        // when
        browser.get(page.toString());

        // then
        // a theme may set the name in capitals
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualToIgnoringCase("Зоя Иванова");
        List<?> measured = (List<?>) browser.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        long scrollWidth = ((Number) measured.get(0)).longValue();
        long clientWidth = ((Number) measured.get(1)).longValue();
        assertThat(scrollWidth).as("the page's width in " + theme + " on a " + clientWidth + " px screen").isLessThanOrEqualTo(clientWidth);
        WebElement invitation = browser.findElement(By.cssSelector("a[href^='https://t.me/']"));
        assertThat(invitation.isDisplayed()).isTrue();
        assertThat(invitation.getRect().getX() + invitation.getRect().getWidth()).isLessThanOrEqualTo((int) clientWidth);
        assertThat(invitation.getRect().getHeight()).as("a button a thumb can press").isGreaterThanOrEqualTo(32);
        assertThat(HeadlessChromium.errorsInTheConsole(browser)).isEmpty();
    }

    private static void edit(BookingCore core, Account provider, EditProfile.Field field, String value) {
        core.editProfile().edit(provider.id(), new EditProfile.Command(field, value)).get();
    }
}
