package org.sitepass.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, with a fresh profile and no calls out of this machine. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open(int width, int height) {
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary("/usr/bin/chromium")
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--user-data-dir=" + profile,
                            "--window-size=" + width + "," + height, "--lang=zh-CN");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                    .build();
            return new Browser(new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    /** Waits for the element to show, looking again whenever a page being replaced pulls it away. */
    public WebElement find(By by) {
        return wait.until(d -> {
            try {
                WebElement element = d.findElement(by);
                return element.isDisplayed() ? element : null;
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Whether the exception says only that the page moved on under our feet: a stale element, or Chromium's
     * "node does not belong to the document" for the same thing.
     */
    private static boolean replaced(WebDriverException e) {
        return e instanceof StaleElementReferenceException || e instanceof NoSuchElementException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    public void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String pageLanguage() {
        return find(By.tagName("html")).getAttribute("lang");
    }

    /** Presses keys on whatever has the focus, as a person at a keyboard would. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Turns the phone, or narrows the window, without reloading the page. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Fills Keycloak's login form and submits it. */
    public void logInAtKeycloak(String user) {
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys("sitepass");
        find(By.id("kc-login")).click();
    }

    /**
     * Picks an option of a select by its visible text, as a person would. Waits for the option to exist first,
     * since a select may be re-rendered by an earlier choice (streets follow the district).
     */
    public void choose(String selectId, String label) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='" + selectId + "']/option[normalize-space()='" + label + "']")));
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            new Select(d.findElement(By.id(selectId))).selectByVisibleText(label);
            return true;
        });
    }

    /** Clicks a button that submits the whole page, and waits for the page that answers. */
    public void submit(String buttonId) {
        submit(By.id(buttonId));
    }

    public void submit(By button) {
        WebElement element = find(button);
        element.click();
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    public void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Fetches a link with this browser's session, as a click on a download link would, and returns the body. */
    public byte[] download(String url) {
        HttpResponse<byte[]> response = fetch(url);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The status a link answers this browser's session with. */
    public int statusOf(String url) {
        return fetch(url).statusCode();
    }

    /** The status a form post answers this browser's session with, e.g. one that another site could make. */
    public int statusOfPost(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    private HttpResponse<byte[]> fetch(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    request.header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a page of the app, logs in at Keycloak where it sends us, and opens the page again. */
    public void logInAndOpen(String user, String page) {
        go(Stack.appUrl() + page);
        waitForUrl("/realms/sitepass/");
        logInAtKeycloak(user);
        waitForUrl(Stack.appUrl());
        go(Stack.appUrl() + page);
    }

    public void logOut() {
        find(By.id("logout")).click();
        waitForUrl("/goodbye.xhtml");
    }

    /** The headers a link answers this browser's session with. */
    public java.net.http.HttpHeaders headersOf(String url) {
        return fetch(url).headers();
    }

    /** The attributes of one of this browser's cookies, as the browser keeps it. */
    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /**
     * Fails the test when the console reported that the app's content security policy blocked something: a page
     * that needs what the policy forbids is broken for its users, however the test's own steps went.
     */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") && m.contains(Stack.appUrl()))
                    .toList();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("the content security policy blocked: " + violations);
        }
    }
}
