package org.sitepass.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                    .build();
            return new Browser(new ChromeDriver(service, options));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
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

    /** Fills Keycloak's login form and submits it. */
    public void logInAtKeycloak(String user) {
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys("sitepass");
        find(By.id("kc-login")).click();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
