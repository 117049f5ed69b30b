package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.persistence.PostgresPersistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox page in a real browser (Debian's chromium, headless): a specialist and a client,
 * each in their own pane, go from the invitation (its QR code scanned from the specialist's
 * chat) to an accepted appointment by clicking what a person would click; the phones wrap
 * without sideways scrolling, also with a sixth user and in a narrow window. Leaves a screenshot of the page in {@code target/sandbox.png} (and in
 * {@code docs/sandbox.png} with {@code -Dsandbox.screenshot.docs=true}).
 */
class SandboxBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "sandbox.png");
    /** Set to refresh the documentation's picture: {@code -Dsandbox.screenshot.docs=true}. */
    private static final Path DOCS_SCREENSHOT = Path.of("..", "docs", "sandbox.png");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    Path dataDirectory;
    @TempDir
    Path browserProfile;

    private PostgresPersistence database;
    private SandboxMode sandbox;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        database = PostgresPersistence.embeddedNotDurable(dataDirectory.resolve("postgres"));
        sandbox = SandboxMode.start(Configuration.from(Map.of(
                "KALENNER_DATA_DIR", dataDirectory.toString(),
                "KALENNER_HTTP_PORT", String.valueOf(SandboxModeTest.freePort()))), database, Clock.systemUTC());
        browser = chromium();
        wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
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

    @Test
    void givenTheSandboxPage_whenAClientInvitedByTheSpecialistRequestsAnAppointmentAndTheSpecialistAccepts_thenTheClientSeesItAccepted()
            throws Exception {
        browser.get(sandbox.pageUrl());
        wait.until(page -> page.findElements(By.cssSelector("section.phone")).size() == 5);
        assertNoSidewaysScroll("five phones");
        String specialist = SandboxMode.SPECIALIST;
        String client = SandboxMode.CLIENT_RU;

        // the specialist starts the bot and makes an invitation: a link and its QR code
        pane(specialist).findElement(By.cssSelector(".start-button")).click();
        pressReplyButton(specialist, "Кабинет");
        pressInlineButton(specialist, label -> label.equals("Пригласить клиента"));
        WebElement invitation = wait.until(page -> pane(specialist).findElements(By.cssSelector(".message a.link")).stream()
                .filter(link -> link.getText().contains("?start=")).findFirst().orElse(null));
        WebElement qrCode = wait.until(page -> pane(specialist).findElements(By.cssSelector(".message .picture")).stream()
                .findFirst().orElse(null));
        assertThat(qrCode.findElement(By.cssSelector("img.photo")).isDisplayed()).isTrue();

        // the client scans the QR code shown in the specialist's chat: the server reads it and opens the client's chat
        qrCode.findElement(By.cssSelector(".scan-button")).click();
        chooseInDialog(client);
        awaitChatText(client, "Анна");
        assertThat(chatText(client)).startsWith("/start ");

        // another client opens the invitation link itself, in her own Telegram
        invitation.click();
        chooseInDialog(SandboxMode.CLIENT_EN);
        awaitChatText(SandboxMode.CLIENT_EN, "Анна was added to your Specialists list");

        // the client requests an appointment: provider, service, date, time, confirm
        pressReplyButton(client, "Запросить запись");
        pressInlineButton(client, label -> label.endsWith("Анна"));
        pressInlineButton(client, label -> label.startsWith("Консультация"));
        pressInlineButton(client, label -> label.matches("\\S+ \\d\\d\\.\\d\\d"));
        pressInlineButton(client, label -> label.matches("\\d\\d:\\d\\d"));
        pressInlineButton(client, label -> label.equals("Подтвердить"));
        awaitChatText(client, "🟡 Ожидает");

        // the specialist accepts the request they were notified of
        awaitChatText(specialist, "Новая заявка");
        pressInlineButton(specialist, label -> label.endsWith("Принять"));
        awaitChatText(specialist, "🟢 Принято");

        awaitChatText(client, "🟢 Принято");
        assertThat(chatText(client)).contains("подтверждена");

        // the client shares a file with the specialist through the page's 📎, then downloads it again
        Path file = dataDirectory.resolve("boris-notes.txt");
        Files.writeString(file, "Вопросы к консультации\n", java.nio.charset.StandardCharsets.UTF_8);
        pressReplyButton(client, "Список специалистов");
        pressInlineButton(client, label -> label.endsWith("Анна"));
        pressInlineButton(client, label -> label.equals("Документы"));
        pressInlineButton(client, label -> label.equals("Загрузить"));
        awaitChatText(client, "Пришлите файл");
        pane(client).findElement(By.cssSelector("input.document-input")).sendKeys(file.toAbsolutePath().toString());
        awaitChatText(client, "Загружено: «boris-notes.txt»");
        pressInlineButton(client, label -> label.endsWith("boris-notes.txt") && !label.startsWith("✅"));
        wait.withMessage(() -> "the file is not picked; chat:\n" + chatText(client)).until(page -> pane(client)
                .findElements(By.cssSelector(".inline-button")).stream().anyMatch(button -> button.getText().startsWith("✅")));
        pressInlineButton(client, label -> label.equals("Скачать"));
        wait.withMessage(() -> "no download link in the chat:\n" + chatText(client)).until(page -> pane(client)
                .findElements(By.cssSelector(".message a.link")).stream().anyMatch(link -> link.getText().contains("/d/")));

        // a day passes at the press of a button: the program's clock, and the page's display of it
        java.time.Instant before = sandbox.clock().instant();
        browser.findElement(By.cssSelector(".clock-step[data-by='P1D']")).click();
        wait.until(page -> page.findElement(By.id("clock-ahead")).isDisplayed());
        assertThat(browser.findElement(By.id("clock-ahead")).getText()).startsWith("+1 d");
        assertThat(sandbox.clock().instant()).isAfterOrEqualTo(before.plus(java.time.Duration.ofDays(1)));
        sandbox.telegram().assertNoViolations();

        // the bot's command menu, as Telegram's menu button shows it
        pane(client).findElement(By.cssSelector(".menu-button")).click();
        wait.until(page -> pane(client).findElements(By.cssSelector(".command-menu .command[data-command='start']")).size() == 1);
        pane(client).findElement(By.cssSelector(".menu-button")).click();

        // a sixth user joins from the top bar; the phones wrap, in a wide window and in a narrow one
        browser.findElement(By.id("new-user-name")).sendKeys("Дина");
        browser.findElement(By.cssSelector("#add-user button[type='submit']")).click();
        wait.until(page -> page.findElements(By.cssSelector("section.phone")).size() == 6);
        assertNoSidewaysScroll("six phones");
        browser.executeScript("window.scrollTo(0, 0)");
        saveScreenshot();
        browser.manage().window().setSize(new Dimension(420, 900));
        wait.until(page -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= 420);
        assertNoSidewaysScroll("six phones in a narrow window");
        assertThat(errorsInTheConsole()).as("JavaScript errors in the browser console").isEmpty();
    }

    @Test
    void givenAPictureWithoutAQrCode_whenAUserScansIt_thenThePageSaysSoAndTheBotGetsNothing() throws Exception {
        browser.get(sandbox.pageUrl());
        wait.until(page -> page.findElements(By.cssSelector("section.phone")).size() == 5);
        Path picture = dataDirectory.resolve("plain.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        pane(SandboxMode.CLIENT_EN).findElement(By.cssSelector("input.photo-input")).sendKeys(picture.toAbsolutePath().toString());
        WebElement scan = wait.until(page -> pane(SandboxMode.CLIENT_EN).findElements(By.cssSelector(".message .scan-button")).stream()
                .findFirst().orElse(null));

        scan.click();
        chooseInDialog(SandboxMode.CLIENT_RU);

        wait.until(page -> page.findElement(By.id("problem")).isDisplayed());
        assertThat(browser.findElement(By.id("problem")).getText()).isEqualTo("no QR code found in this picture");
        assertThat(chatText(SandboxMode.CLIENT_RU)).doesNotContain("/start");
    }

    private ChromeDriver chromium() {
        return HeadlessChromium.start(browserProfile, 1280, 900);
    }

    /** In the dialog asking in whose Telegram to open a link or scan a QR code, picks that user. */
    private void chooseInDialog(String userName) {
        wait.until(page -> page.findElement(By.id("user-dialog")).isDisplayed());
        browser.findElement(By.cssSelector("#dialog-users button[data-user-name='" + userName + "']")).click();
    }

    private void assertNoSidewaysScroll(String layout) {
        Object widths = browser.executeScript("const root = document.documentElement;"
                + " return [root.scrollWidth, root.clientWidth, Math.max(...[...document.querySelectorAll('section.phone')]"
                + ".map(phone => phone.getBoundingClientRect().right))];");
        List<?> measured = (List<?>) widths;
        long scrollWidth = ((Number) measured.get(0)).longValue();
        long clientWidth = ((Number) measured.get(1)).longValue();
        double rightmostPhone = ((Number) measured.get(2)).doubleValue();
        assertThat(scrollWidth).as("the page's width with " + layout + " (window " + clientWidth + " px)").isLessThanOrEqualTo(clientWidth);
        assertThat(rightmostPhone).as("the right edge of the rightmost phone with " + layout).isLessThanOrEqualTo(clientWidth);
    }

    private List<LogEntry> errorsInTheConsole() {
        return HeadlessChromium.errorsInTheConsole(browser);
    }

    private WebElement pane(String userName) {
        return browser.findElement(By.cssSelector("section.phone[data-user-name='" + userName + "']"));
    }

    private String chatText(String userName) {
        return pane(userName).findElement(By.cssSelector(".chat")).getText();
    }

    private void awaitChatText(String userName, String fragment) {
        wait.withMessage(() -> userName + "'s chat shows no \"" + fragment + "\"; it shows:\n" + chatText(userName))
                .until(page -> chatText(userName).contains(fragment));
    }

    private void pressReplyButton(String userName, String label) {
        wait.withMessage(() -> userName + " has no reply button " + label).until(page -> {
            for (WebElement button : pane(userName).findElements(By.cssSelector(".reply-button"))) {
                if (button.getText().equals(label)) {
                    button.click();
                    return true;
                }
            }
            return false;
        });
    }

    /** Clicks the last matching inline button on screen (the newest message's), once there is one. */
    private void pressInlineButton(String userName, Predicate<String> label) {
        wait.withMessage(() -> userName + " has no such inline button; chat:\n" + chatText(userName)).until(page -> {
            List<WebElement> buttons = pane(userName).findElements(By.cssSelector(".inline-button"));
            for (int i = buttons.size() - 1; i >= 0; i--) {
                if (label.test(buttons.get(i).getText())) {
                    buttons.get(i).click();
                    return true;
                }
            }
            return false;
        });
    }

    private void saveScreenshot() throws Exception {
        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        // a build leaves the source tree as it found it, unless asked to refresh the docs' picture
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(screenshot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("sandbox.screenshot.docs")) {
            Files.copy(screenshot, DOCS_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
