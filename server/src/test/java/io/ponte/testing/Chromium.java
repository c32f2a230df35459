package io.ponte.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Debian's headless Chromium driven by Playwright for the browser tests: the system browser (Playwright
 * downloads none), started with the flags this closed network needs, one per test class. Beside it, a small
 * local site on 127.0.0.1 that plays the customer (its callback pages), and screenshots under
 * {@code target/screenshots/} for a person to look at.
 */
public final class Chromium implements AutoCloseable {

	private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final Browser browser;

	private final HttpServer site;

	private Chromium(Playwright playwright, Browser browser, HttpServer site) {
		this.playwright = playwright;
		this.browser = browser;
		this.site = site;
	}

	/**
	 * The browser, and a local site answering each request with the HTML {@code pages} makes of its URI. Fails
	 * with a clear message without Chromium (CI installs it): browser tests are never skipped silently.
	 */
	public static Chromium start(Function<URI, String> pages) {
		assertThat(Files.isExecutable(EXECUTABLE))
			.as("browser tests need Debian's Chromium at %s (apt-get install chromium; .ci/run installs it)", EXECUTABLE)
			.isTrue();
		try {
			Files.createDirectories(SCREENSHOTS);
			HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			site.createContext("/", exchange -> {
				byte[] page = pages.apply(exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(page);
				}
			});
			site.start();
			Playwright playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			return new Chromium(playwright, browser, site);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Browser browser() {
		return this.browser;
	}

	/** A browser window of a desktop, 1280 by 900, in the language {@code locale} (such as {@code pt-BR}). */
	public BrowserContext desktop(String locale) {
		return this.browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
	}

	/** A phone's screen, 390 by 844 at three pixels per point, touch, in the language {@code locale}. */
	public BrowserContext phone(String locale) {
		return this.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(3)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	/** The local site's address, such as {@code http://127.0.0.1:40123}. */
	public String siteUrl() {
		return "http://127.0.0.1:" + this.site.getAddress().getPort();
	}

	/** Saves the whole page as {@code target/screenshots/<name>.png}. */
	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Saves what the window shows (for pages too long to look at whole). */
	public static void screenshotOfWindow(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	@Override
	public void close() {
		this.site.stop(0);
		this.browser.close();
		this.playwright.close();
	}

}
