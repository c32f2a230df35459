package io.ponte.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Chromium;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox payer bank's page as a payer meets it: in a real browser (Debian's headless Chromium, driven by
 * Playwright), following a confirmed intent's {@code redirect_url}, answering with the page's own buttons and
 * returning to the shop's {@code callback_url}. The shop is a small HTTP server of this class on 127.0.0.1, so
 * the browser lands on a real page. Screenshots of the pages are left in {@code target/screenshots/} for a
 * person to look at.
 */
class PayerBankBrowserTests {

	private static final AtomicInteger ORDERS = new AtomicInteger(3487321);

	private static Chromium chromium;

	private BrowserContext context;

	/** The browser, and the shop's page where the payer's bank sends them back. */
	@BeforeAll
	static void startBrowserAndShop() {
		chromium = Chromium.start(uri -> """
				<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Loja de teste</title></head>
				<body><h1>Pedido recebido</h1><p>Retorno do banco: %s</p></body></html>"""
			.formatted(HtmlUtils.htmlEscape(String.valueOf(uri.getRawQuery()))));
	}

	@AfterAll
	static void stopBrowserAndShop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void newContext() {
		this.context = chromium.desktop("pt-BR");
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@OnEachDatabase
	void thePayerApprovesOnTheirBanksPageAndReturnsToTheShopWhileThePaymentSettles(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String callback = callback();
		String account = Payments.merchantAccount(client);
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), account, "1234.12", true, callback));
		String id = confirmed.get("id").asString();
		Page page = this.context.newPage();

		page.navigate(Payments.redirectUrl(confirmed));

		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText("Autorizar pagamento Pix");
		PlaywrightAssertions.assertThat(page.getByText("R$ 1.234,12")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#beneficiary")).hasText("Music Production Brazil");
		PlaywrightAssertions.assertThat(page.locator("#description")).hasText("Training shoes");
		PlaywrightAssertions.assertThat(page.locator("#payer")).hasText("Gustavo Veloso");
		Chromium.screenshot(page, "payer-bank-consent");

		approveButton(page).click();
		page.waitForURL(url -> url.startsWith(callback + "?"));

		assertReturnedToShop(page, callback, id, "PROCESSING");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText("Pedido recebido");
		Chromium.screenshot(page, "payer-bank-approved");
		JsonNode succeeded = Payments.awaitStatus(client, id, "SUCCEEDED");
		JsonNode charge = succeeded.get("charges").get(0);
		assertThat(charge.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(charge.get("transactions")).hasSize(1);
		JsonNode transaction = charge.get("transactions").get(0);
		assertThat(transaction.get("transaction_type").asString()).isEqualTo("INFLOW");
		assertThat(transaction.get("amount").asString()).isEqualTo("1234.12");
		assertThat(transaction.get("beneficiary").asString()).isEqualTo(account);
	}

	@OnEachDatabase
	void thePayerRejectsOnTheirBanksPageAndThePaymentFails(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String callback = callback();
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "50.00", true, callback));
		String id = confirmed.get("id").asString();
		Page page = this.context.newPage();
		page.navigate(Payments.redirectUrl(confirmed));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recusar").setExact(true)).click();
		page.waitForURL(url -> url.startsWith(callback + "?"));

		assertReturnedToShop(page, callback, id, "FAILED");
		Chromium.screenshot(page, "payer-bank-rejected");
		JsonNode failed = Payments.get(client, id);
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failure_code").asString()).isEqualTo("payment_rejected");
		assertThat(failed.get("charges").get(0).get("status").asString()).isEqualTo("FAILED");
	}

	@OnEachDatabase
	void onAPhoneThePageFitsTheScreenAndIsAnsweredWithTheKeyboard(PonteServer server) {
		this.context.close();
		this.context = chromium.phone("pt-BR");
		ApiClient client = server.newSandboxClient();
		String callback = callback();
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "1234.12", true, callback));
		Page page = this.context.newPage();
		page.navigate(Payments.redirectUrl(confirmed));

		int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		int clientWidth = ((Number) page.evaluate("document.documentElement.clientWidth")).intValue();
		assertThat(clientWidth).as("laid out at the phone's width (the page's viewport meta tag)").isEqualTo(390);
		assertThat(scrollWidth).as("no horizontal scroll on a 390 px wide phone").isLessThanOrEqualTo(clientWidth);
		for (String name : List.of("Aprovar pagamento", "Recusar")) {
			var box = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
				.boundingBox();
			assertThat(box.x).as(name).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).as(name).isLessThanOrEqualTo(390);
		}
		Chromium.screenshot(page, "payer-bank-phone");

		page.keyboard().press("Tab");
		PlaywrightAssertions.assertThat(approveButton(page)).isFocused();
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.startsWith(callback + "?"));

		assertReturnedToShop(page, callback, confirmed.get("id").asString(), "PROCESSING");
		Chromium.screenshot(page, "payer-bank-phone-approved");
	}

	@OnEachDatabase
	void thePageBreaksNoContentSecurityPolicyAndLoadsNothingFromElsewhere(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String callback = callback();
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "75.00", true, callback));
		Page page = this.context.newPage();
		List<String> console = new CopyOnWriteArrayList<>();
		List<String> requests = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
		page.onPageError(error -> console.add("pageerror: " + error));
		page.onRequest(request -> requests.add(request.method() + " " + request.url()));
		// the browser's own report of each violation, besides its console message
		page.addInitScript("""
				window.cspViolations = [];
				document.addEventListener('securitypolicyviolation',
					e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""");

		page.navigate(Payments.redirectUrl(confirmed));
		page.waitForLoadState(LoadState.NETWORKIDLE);

		assertThat(page.evaluate("window.cspViolations")).asList().isEmpty();
		assertThat(console).as("the console (a page without script has nothing to say)")
			.noneMatch(line -> line.contains("Content Security Policy"))
			.isEmpty();
		// the style block is allowed and applied: the approve button has the bank page's green
		assertThat(approveButton(page).evaluate("b => getComputedStyle(b).backgroundColor"))
			.isEqualTo("rgb(10, 124, 66)");
		assertThat(requests).as("what the page loads").isNotEmpty()
			.allMatch(request -> origin(request).equals(server.baseUrl()), "goes to the server");
		Chromium.screenshot(page, "payer-bank-csp");

		// the listeners do hear a violation: a style block the policy does not allow is reported
		page.evaluate("""
				document.head.append(Object.assign(document.createElement('style'),
					{textContent: 'main{color:red}'}))""");
		page.waitForFunction("window.cspViolations.length > 0");
		assertThat(page.evaluate("window.cspViolations")).asList().hasSize(1);
		page.waitForCondition(() -> console.stream().anyMatch(line -> line.contains("Content Security Policy")));

		requests.clear();
		approveButton(page).click();
		page.waitForURL(url -> url.startsWith(callback + "?"));
		assertThat(requests).as("the answer, then the return to the shop")
			.first()
			.asString()
			.startsWith("POST " + Payments.redirectUrl(confirmed));
		assertThat(requests).filteredOn(request -> !origin(request).equals(server.baseUrl()))
			.isNotEmpty()
			.allMatch(request -> request.startsWith("GET " + callback + "?"), "returns to the shop only");
	}

	/** A fresh order's return address at the test's shop. */
	private static String callback() {
		return chromium.siteUrl() + "/checkout/" + ORDERS.incrementAndGet();
	}

	/** The origin of a request recorded as "METHOD URL". */
	private static String origin(String request) {
		URI url = URI.create(request.substring(request.indexOf(' ') + 1));
		return url.getScheme() + "://" + url.getRawAuthority();
	}

	private static Locator approveButton(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprovar pagamento").setExact(true));
	}

	/** The browser is back at the shop's page, told which intent and its status. */
	private static void assertReturnedToShop(Page page, String callback, String intent, String status) {
		URI landed = URI.create(page.url());
		assertThat(landed.getScheme() + "://" + landed.getRawAuthority() + landed.getRawPath()).isEqualTo(callback);
		assertThat(landed.getRawQuery()).isEqualTo("payment_intent_id=" + intent + "&status=" + status);
		PlaywrightAssertions.assertThat(page.getByText("Retorno do banco"))
			.containsText("payment_intent_id=" + intent + "&status=" + status);
	}


}
