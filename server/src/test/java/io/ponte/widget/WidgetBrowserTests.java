package io.ponte.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Chromium;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The hosted connect widget as an end user meets it: in a real browser (Debian's headless Chromium, driven by
 * Playwright), opened with an access token the customer's backend asked for, choosing a sandbox bank, logging in,
 * answering its MFA and landing on the customer's success callback; what the widget did is then checked through
 * the API. The customer is a small HTTP server of this class on 127.0.0.1 (its callback pages, and a page that
 * opens the widget as a popup and records what the widget posts to it). Screenshots of every screen are left in
 * {@code target/screenshots/widget-*.png} for a person to look at.
 */
class WidgetBrowserTests {

	private static final AtomicInteger CUSTOMERS = new AtomicInteger(1);

	private static Chromium chromium;

	private BrowserContext context;

	/** The browser, and the customer's pages: its callbacks, and a page that opens the widget as a popup. */
	@BeforeAll
	static void startBrowserAndCustomer() {
		chromium = Chromium.start(uri -> {
			String page;
			if (uri.getPath().endsWith("/opener")) {
				// the customer's page that opens the widget in a popup and listens to what it posts
				page = """
						<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer app</title>
						<script>window.messages = [];
						addEventListener('message', e => window.messages.push(e.data));</script></head>
						<body><h1>Customer app</h1></body></html>""";
			}
			else {
				page = """
						<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer callback</title></head>
						<body><h1>Back at the customer</h1><p id="callback">%s ? %s</p></body></html>"""
					.formatted(HtmlUtils.htmlEscape(uri.getRawPath()),
							HtmlUtils.htmlEscape(String.valueOf(uri.getRawQuery())));
			}
			return page;
		});
	}

	@AfterAll
	static void stopBrowserAndCustomer() {
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
	void aUserConnectsABankAnsweringItsTokenAndLandsOnTheSuccessCallback(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String shop = customerUrl();
		String access = access(client, "widget", Map.of("callback_urls", callbacks(shop), "branding",
				Map.of("company_name", "Loja Exemplo", "primary_color", "#0a7c42")));
		Page page = this.context.newPage();

		Response opened = page.navigate(widgetUrl(server, access, "pt"));

		assertThat(opened.headerValue("content-security-policy")).contains("script-src 'self'", "style-src 'self'");
		PlaywrightAssertions.assertThat(title(page)).hasText("Escolha sua instituição");
		assertThat(page.url()).as("the token leaves the address bar").doesNotContain("access_token").endsWith("?locale=pt");
		PlaywrightAssertions.assertThat(page.locator("header")).containsText("Loja Exemplo");
		assertThat(page.locator("html").evaluate("h => getComputedStyle(h).getPropertyValue('--primary').trim()"))
			.as("the branding's colour").isEqualTo("#0a7c42");
		page.getByLabel("País").selectOption("BR");
		page.getByLabel("Buscar instituição").fill("gotham");
		Locator institutions = page.locator("#institution-list button");
		PlaywrightAssertions.assertThat(institutions).hasCount(1);
		PlaywrightAssertions.assertThat(institutions).containsText("Gotham Business Bank Brazil");
		Locator logo = institutions.first().locator("img");
		PlaywrightAssertions.assertThat(logo).hasAttribute("alt", "");
		page.waitForCondition(() -> (Boolean) logo.evaluate("i => i.complete && i.naturalWidth > 0"));
		Chromium.screenshot(page, "widget-institutions");
		institutions.first().click();

		PlaywrightAssertions.assertThat(title(page)).hasText("Conecte-se a Gotham Business Bank Brazil");
		PlaywrightAssertions.assertThat(page.locator("form")).containsText("Loja Exemplo");
		page.getByLabel("Usuário").fill("mfa_default");
		page.getByLabel("Senha", new Page.GetByLabelOptions().setExact(true)).fill("pass_valid");
		assertThat(page.getByLabel("Senha", new Page.GetByLabelOptions().setExact(true)).getAttribute("type"))
			.isEqualTo("password");
		page.getByRole(AriaRole.CHECKBOX).check();
		Chromium.screenshot(page, "widget-form");
		button(page, "Conectar").click();

		PlaywrightAssertions.assertThat(title(page)).hasText("Confirme sua identidade");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Enter the 6-digit code");
		Chromium.screenshot(page, "widget-mfa");
		page.getByLabel("Código de verificação").fill("111111");
		button(page, "Confirmar").click();
		page.waitForURL(url -> url.startsWith(shop + "/success?"));

		Map<String, String> query = query(page.url());
		assertThat(query).containsEntry("order", "42").containsEntry("institution", "gotham_br_business");
		PlaywrightAssertions.assertThat(page.locator("#callback")).containsText("link=" + query.get("link"));
		JsonNode link = client.get("/api/links/" + query.get("link") + "/").assertStatus(200).json();
		assertThat(link.get("status").asString()).isEqualTo("valid");
		assertThat(link.get("institution").asString()).isEqualTo("gotham_br_business");
		Chromium.screenshot(page, "widget-success-callback");
	}

	@OnEachDatabase
	void theFormChecksItsFieldsAndAWrongPasswordIsShownOnItForTheUserToRetry(PonteServer server) {
		this.context.close();
		this.context = chromium.desktop("es-MX");
		ApiClient client = server.newSandboxClient();
		String access = access(client, "widget", Map.of("branding", Map.of("company_name", "Tienda Demo"), "consent",
				Map.of("purpose", "Ofrecerte un crédito a tu medida.", "terms_and_conditions_url",
						"https://tienda.example/terminos")));
		Page page = this.context.newPage();
		page.navigate(widgetUrl(server, access, null));

		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "es");
		PlaywrightAssertions.assertThat(title(page)).hasText("Elige tu institución");
		page.getByLabel("País").selectOption("BR");
		page.getByLabel("Buscar institución").fill("érebor");
		page.locator("#institution-list button").first().click();
		PlaywrightAssertions.assertThat(title(page)).hasText("Conéctate a Erebor Brazil");
		PlaywrightAssertions.assertThat(page.locator(".terms-box")).containsText("Tienda Demo");
		PlaywrightAssertions.assertThat(page.locator(".terms-box")).containsText("Ofrecerte un crédito a tu medida.");
		assertThat(page.getByRole(AriaRole.LINK).getAttribute("href")).isEqualTo("https://tienda.example/terminos");

		// nothing filled in: every field says so, tied to its input, and nothing is sent
		button(page, "Conectar").click();
		Locator username = page.getByLabel("Usuário");
		PlaywrightAssertions.assertThat(username).hasAttribute("aria-invalid", "true");
		PlaywrightAssertions.assertThat(describedBy(page, username)).hasText("Completa este campo.");
		PlaywrightAssertions.assertThat(describedBy(page, username)).hasAttribute("role", "alert");
		PlaywrightAssertions.assertThat(username).isFocused();
		Locator accept = page.getByRole(AriaRole.CHECKBOX);
		PlaywrightAssertions.assertThat(describedBy(page, accept)).hasText("Para continuar, acepta los términos.");
		// the institution's own rule and message
		username.fill("no vale!");
		button(page, "Conectar").click();
		PlaywrightAssertions.assertThat(describedBy(page, username))
			.hasText("Requer entre 1 e 16 caracteres (letras, números ou _)");

		username.fill("widget_retry");
		page.getByLabel("Senha", new Page.GetByLabelOptions().setExact(true)).fill("pass_invalid");
		accept.check();
		button(page, "Conectar").click();

		Locator alert = page.locator(".form-error[role=alert]");
		PlaywrightAssertions.assertThat(alert).containsText("No fue posible entrar con esas credenciales.");
		PlaywrightAssertions.assertThat(alert).containsText("Invalid credentials provided to login to the institution");
		PlaywrightAssertions.assertThat(title(page)).hasText("Conéctate a Erebor Brazil");
		PlaywrightAssertions.assertThat(page.getByLabel("Usuário")).hasValue("widget_retry");
		Locator password = page.getByLabel("Senha", new Page.GetByLabelOptions().setExact(true));
		PlaywrightAssertions.assertThat(password).hasValue("");
		PlaywrightAssertions.assertThat(password).isFocused();
		assertThat(password.getAttribute("aria-describedby")).contains(alert.getAttribute("id"));
		Chromium.screenshot(page, "widget-form-error");
		password.fill("pass_valid");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.CHECKBOX)).isChecked();
		button(page, "Conectar").click();

		PlaywrightAssertions.assertThat(title(page)).hasText("Cuenta conectada");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Ya puedes cerrar esta ventana.");
		Chromium.screenshot(page, "widget-success");
		List<JsonNode> links = client.get("/api/links/?institution=erebor_br_retail").assertStatus(200).json()
			.get("results").valueStream().filter(l -> l.get("status").asString().equals("valid")).toList();
		assertThat(links).hasSize(1);
		assertThat(links.getFirst().get("institution").asString()).isEqualTo("erebor_br_retail");
	}

	@OnEachDatabase
	void inUpdateModeTheUserRenewsTheirPasswordAndTheLinkIsValidAgain(PonteServer server) {
		this.context.close();
		this.context = chromium.desktop("en-US");
		ApiClient client = server.newSandboxClient();
		String link = SandboxLink.of("widget_update").registerWith(client);
		client.unchecked().post("/api/sandbox/links/" + link + "/reset-login/", Json.object("status", "invalid"))
			.assertStatus(200);
		assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("invalid");
		String access = access(client, "link_id", link, "scopes", "read_institutions,write_links,read_links");
		Page page = this.context.newPage();

		page.navigate(widgetUrl(server, access, "en"));

		PlaywrightAssertions.assertThat(title(page)).hasText("Update your credentials for Erebor Brazil");
		assertThat(page.locator("#institution-list").count()).as("no institution to choose").isZero();
		assertThat(page.getByLabel("Usuário").count()).as("the username stays").isZero();
		PlaywrightAssertions.assertThat(button(page, "Back")).hasCount(0);
		// the institution's own label, in its country's language
		page.getByLabel("Senha", new Page.GetByLabelOptions().setExact(true)).fill("renewed_pw1");
		page.getByRole(AriaRole.CHECKBOX).check();
		Chromium.screenshot(page, "widget-update-form");
		button(page, "Update credentials").click();

		PlaywrightAssertions.assertThat(title(page)).hasText("Credentials updated");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Your credentials for Erebor Brazil are updated.");
		Chromium.screenshot(page, "widget-update-success");
		assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("valid");
	}

	@OnEachDatabase
	void onAPhoneTheWidgetFitsTheScreenAndIsUsedWithTheKeyboard(PonteServer server) {
		this.context.close();
		this.context = chromium.phone("pt-BR");
		ApiClient client = server.newSandboxClient();
		String access = access(client, "widget", Map.of("branding", Map.of("company_name", "Loja Exemplo")));
		Page page = this.context.newPage();
		page.navigate(widgetUrl(server, access, "pt"));
		PlaywrightAssertions.assertThat(title(page)).hasText("Escolha sua instituição");

		assertFitsThePhone(page);
		Locator search = page.getByLabel("Buscar instituição");
		for (int tab = 0; tab < 4 && !isFocused(search); tab++) {
			page.keyboard().press("Tab");
		}
		PlaywrightAssertions.assertThat(search).isFocused();
		page.keyboard().type("gotham");
		Locator gotham = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Gotham Business Bank Brazil"));
		PlaywrightAssertions.assertThat(gotham).hasCount(1);
		for (int tab = 0; tab < 4 && !isFocused(gotham); tab++) {
			page.keyboard().press("Tab");
		}
		PlaywrightAssertions.assertThat(gotham).isFocused();
		assertTouchable(gotham);
		Chromium.screenshot(page, "widget-phone-institutions");
		page.keyboard().press("Enter");

		PlaywrightAssertions.assertThat(title(page)).hasText("Conecte-se a Gotham Business Bank Brazil");
		PlaywrightAssertions.assertThat(title(page)).isFocused();
		assertFitsThePhone(page);
		page.keyboard().press("Tab");
		PlaywrightAssertions.assertThat(page.getByLabel("Usuário")).isFocused();
		page.keyboard().type("mfa_qr");
		page.keyboard().press("Tab");
		page.keyboard().type("qr_code");
		page.keyboard().press("Tab");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.CHECKBOX)).isFocused();
		page.keyboard().press("Space");
		for (Locator control : List.of(page.getByLabel("Usuário"), button(page, "Conectar"), button(page, "Voltar"),
				page.locator(".check"))) {
			assertTouchable(control);
		}
		Chromium.screenshot(page, "widget-phone-form");
		page.keyboard().press("Tab");
		PlaywrightAssertions.assertThat(button(page, "Conectar")).isFocused();
		page.keyboard().press("Enter");

		PlaywrightAssertions.assertThat(title(page)).hasText("Confirme sua identidade");
		Locator qr = page.locator("figure pre code");
		PlaywrightAssertions.assertThat(qr).containsText("ponte-sandbox://mfa?challenge=");
		String firstQr = qr.textContent();
		assertFitsThePhone(page);
		Chromium.screenshot(page, "widget-phone-mfa-qr");
		Locator token = page.getByLabel("Código de verificação");
		token.fill("999999");
		token.press("Enter");
		PlaywrightAssertions.assertThat(page.locator(".notice-info")).hasText("A instituição pediu um novo código.");
		PlaywrightAssertions.assertThat(qr).not().hasText(firstQr);
		page.getByLabel("Código de verificação").fill("111111");
		page.getByLabel("Código de verificação").press("Enter");

		PlaywrightAssertions.assertThat(title(page)).hasText("Conta conectada");
		PlaywrightAssertions.assertThat(title(page)).isFocused();
		assertFitsThePhone(page);
		Chromium.screenshot(page, "widget-phone-success");
		JsonNode links = client.get("/api/links/?institution=gotham_br_business").assertStatus(200).json();
		assertThat(links.get("results").valueStream().map(l -> l.get("status").asString()).toList()).contains("valid");
	}

	@OnEachDatabase
	void aUsedOrExpiredTokenShowsAClearPageInTheUsersLanguage(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String access = access(client);
		Page page = this.context.newPage();
		String url = widgetUrl(server, access, "pt");
		page.navigate(url);
		connectErebor(page, "widget_used_user");
		PlaywrightAssertions.assertThat(title(page)).hasText("Conta conectada");

		Response again = page.navigate(url);

		assertThat(again.status()).isEqualTo(401);
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText("Sessão já usada");
		PlaywrightAssertions.assertThat(page.locator("body")).containsText("Volte ao aplicativo");
		assertNoTechnicalText(page);
		Chromium.screenshot(page, "widget-used");

		// a token spent while the page is open (in another tab): the widget says so when it next calls
		String other = access(client);
		page.navigate(widgetUrl(server, other, "pt"));
		PlaywrightAssertions.assertThat(title(page)).hasText("Escolha sua instituição");
		WidgetTokenApiTests.widget(server.anonymousClient().unchecked(), "POST", "/widget/api/links/", other,
				Json.object("institution", "erebor_br_retail", "username", "widget_other_tab", "password", "pass_valid"))
			.assertStatus(201);
		connectErebor(page, "widget_late_user");
		PlaywrightAssertions.assertThat(title(page)).hasText("Sessão já usada");
		PlaywrightAssertions.assertThat(title(page)).isFocused();
		assertNoTechnicalText(page);
		Chromium.screenshot(page, "widget-used-in-app");

		// an expired token, in Spanish
		String expiring = access(client);
		int expired = server.bean(JdbcClient.class)
			.sql("update widget_tokens set expires_at = now() - interval '1 minute' "
					+ "where token_hash = sha256(convert_to(:token, 'UTF8'))")
			.param("token", expiring)
			.update();
		assertThat(expired).isOne();
		assertThat(page.navigate(widgetUrl(server, expiring, "es")).status()).isEqualTo(401);
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "es");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText("Sesión expirada");
		assertNoTechnicalText(page);
		Chromium.screenshot(page, "widget-expired");
	}

	@OnEachDatabase
	void aWholeFlowBreaksNoContentSecurityPolicyTalksOnlyToTheServerAndTellsTheOpener(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String shop = customerUrl();
		String access = access(client, "widget", Map.of("callback_urls", callbacks(shop)));
		List<String> console = new CopyOnWriteArrayList<>();
		List<String> requests = new CopyOnWriteArrayList<>();
		this.context.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
		this.context.onRequest(request -> requests.add(request.method() + " " + request.url()));
		this.context.addInitScript("""
				window.cspViolations = [];
				document.addEventListener('securitypolicyviolation',
					e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""");
		Page opener = this.context.newPage();
		opener.navigate(shop + "/opener");

		Page widget = opener.waitForPopup(() -> opener.evaluate("url => { window.open(url, 'ponte'); }",
				widgetUrl(server, access, "en")));
		List<String> errors = new CopyOnWriteArrayList<>();
		widget.onPageError(error -> errors.add(String.valueOf(error)));

		PlaywrightAssertions.assertThat(title(widget)).hasText("Choose your institution");
		widget.getByLabel("Country").selectOption("BR");
		widget.getByLabel("Search institutions").fill("Gotham");
		widget.locator("#institution-list button").first().click();
		// the labels are the institution's own, in its country's language
		widget.getByLabel("Usuário").fill("mfa_numeric");
		widget.getByLabel("Senha", new Page.GetByLabelOptions().setExact(true)).fill("numeric_code");
		widget.getByRole(AriaRole.CHECKBOX).check();
		button(widget, "Connect").click();
		PlaywrightAssertions.assertThat(title(widget)).hasText("Confirm it's you");
		Locator challenge = widget.locator("output.challenge-value");
		PlaywrightAssertions.assertThat(challenge).hasText(java.util.regex.Pattern.compile("^[0-9]{8}$"));
		PlaywrightAssertions.assertThat(widget.locator("main")).containsText("Type this challenge code");
		Chromium.screenshot(widget, "widget-mfa-numeric");
		widget.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(widget.evaluate("window.cspViolations")).asList().isEmpty();
		assertThat(widget.evaluate("localStorage.length + sessionStorage.length + document.cookie.length"))
			.as("nothing kept in the browser").isEqualTo(0);
		widget.getByLabel("Verification code").fill("111111");
		button(widget, "Confirm").click();
		widget.waitForURL(url -> url.startsWith(shop + "/success?"));

		String link = query(widget.url()).get("link");
		assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("valid");
		opener.waitForCondition(() -> !((List<?>) opener.evaluate("window.messages")).isEmpty());
		assertThat(opener.evaluate("window.messages")).asList()
			.containsExactly(Map.of("type", "ponte:success", "link", link, "institution", "gotham_br_business"));
		assertThat(errors).as("errors of the page").isEmpty();
		assertThat(console).as("the console").noneMatch(line -> line.contains("Content Security Policy"))
			.noneMatch(line -> line.contains("Refused"))
			.noneMatch(line -> line.contains(access));
		String customerOrigin = origin("GET " + shop);
		assertThat(requests).as("what the browser asked for")
			.anyMatch(request -> request.startsWith("POST " + server.baseUrl() + "/widget/api/links/"))
			.allMatch(request -> origin(request).equals(server.baseUrl()) || origin(request).equals(customerOrigin),
					"goes to the server or the customer only");
		assertThat(requests).filteredOn(request -> origin(request).equals(server.baseUrl()))
			.as("the token is sent in the Authorization header, never in a URL but the page's own")
			.filteredOn(request -> request.contains(access))
			.containsExactly("GET " + widgetUrl(server, access, "en"));
	}

	@OnEachDatabase
	void atAnOpenFinanceBankTheFormShowsTheConsentAndThePersonRevokesItOnTheirPhone(PonteServer server) {
		this.context.close();
		this.context = chromium.phone("pt-BR");
		ApiClient client = server.newSandboxClient();
		Map<String, Object> consent = Map.of("purpose", "Ofertas financeiras personalizadas",
				"terms_and_conditions_url", "https://loja.example/termos", "permissions", List.of("REGISTER", "ACCOUNTS"),
				"default_consent_duration_days", 92, "identification_info",
				List.of(Map.of("type", "CPF", "number", "76109277673", "name", "Ralph Bragg")));
		String access = access(client, "widget", Map.of("consent", consent, "branding",
				Map.of("company_name", "Loja Exemplo")));
		Page page = this.context.newPage();
		page.navigate(widgetUrl(server, access, "pt"));
		page.getByLabel("Buscar instituição").fill("mock");
		page.locator("#institution-list button").first().click();

		PlaywrightAssertions.assertThat(title(page)).hasText("Conecte-se a OF Mock Bank by Raidiam");
		Locator terms = page.locator(".terms-box");
		PlaywrightAssertions.assertThat(terms).containsText("Ofertas financeiras personalizadas");
		PlaywrightAssertions.assertThat(terms).containsText("Dados compartilhados: dados cadastrais, contas");
		PlaywrightAssertions.assertThat(terms).containsText("O consentimento vale por 92 dias");
		assertFitsThePhone(page);
		page.getByLabel("CPF").fill("76109277673");
		page.getByRole(AriaRole.CHECKBOX).check();
		Chromium.screenshot(page, "widget-phone-open-finance-form");
		button(page, "Conectar").click();
		PlaywrightAssertions.assertThat(title(page)).hasText("Conta conectada");
		String link = client.get("/api/consents/?user_document=76109277673").assertStatus(200).json().get("results")
			.get(0).get("link_id").asString();
		assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("valid");

		String manage = access(client, "scopes", "read_institutions,write_links,read_consents,write_consents",
				"widget", Map.of("consent", consent));
		assertThat(page.navigate(server.baseUrl() + "/widget/consents/?locale=pt&access_token=" + manage).status())
			.isEqualTo(200);
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.hasText("OF Mock Bank by Raidiam");
		assertFitsThePhone(page);
		Locator revoke = page.getByRole(AriaRole.BUTTON);
		assertTouchable(revoke);
		Chromium.screenshot(page, "widget-phone-consents");
		revoke.click();
		PlaywrightAssertions.assertThat(page.locator("p[role=status]")).isVisible();
		PlaywrightAssertions.assertThat(page.locator(".consent-list .status")).hasText("REJECTED");
		assertFitsThePhone(page);
		Chromium.screenshot(page, "widget-phone-consents-revoked");
		assertThat(client.get("/api/links/" + link + "/").json().get("status").asString()).isEqualTo("invalid");
	}

	@OnEachDatabase
	void exitReturnsToTheExitCallbackAndAFailureToTheEventCallback(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String shop = customerUrl();
		String access = access(client, "widget", Map.of("callback_urls", callbacks(shop)));
		Page page = this.context.newPage();
		page.navigate(widgetUrl(server, access, "pt"));
		page.getByLabel("Buscar instituição").fill("erebor");
		page.locator("#institution-list button").first().click();
		PlaywrightAssertions.assertThat(title(page)).hasText("Conecte-se a Erebor Brazil");

		button(page, "Sair").click();
		page.waitForURL(url -> url.startsWith(shop + "/exit"));

		assertThat(query(page.url())).containsEntry("institution", "erebor_br_retail");
		// the token is still good: the user may open the widget again, and meet a failure nothing can mend
		page.route("**/widget/api/links/", route -> route.fulfill(new Route.FulfillOptions().setStatus(503)
			.setContentType("application/json")
			.setBody("[{\"code\": \"service_unavailable\", \"message\": \"Try again later\"}]")));
		assertThat(page.navigate(widgetUrl(server, access, "pt")).status()).isEqualTo(200);
		connectErebor(page, "widget_event");
		page.waitForURL(url -> url.startsWith(shop + "/event?"));
		assertThat(query(page.url())).containsEntry("code", "service_unavailable")
			.containsEntry("message", "Try again later")
			.containsEntry("institution", "erebor_br_retail");
	}

	// ------------------------------------------------------------------------------------------------------------

	/** A widget access token asked for by the customer's backend, as Belvo's SDK asks. */
	private static String access(ApiClient client, Object... fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scopes", "read_institutions,write_links");
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		return client.post("/api/token/", Json.of(body)).assertStatus(200).json().get("access").asString();
	}

	private static String widgetUrl(PonteServer server, String access, String locale) {
		return server.baseUrl() + "/widget/?access_token=" + access + (locale == null ? "" : "&locale=" + locale);
	}

	/** A fresh customer's base URL on the test's callback server. */
	private static String customerUrl() {
		return chromium.siteUrl() + "/customer/" + CUSTOMERS.incrementAndGet();
	}

	private static Map<String, String> callbacks(String shop) {
		return Map.of("success", shop + "/success?order=42", "exit", shop + "/exit", "event", shop + "/event");
	}

	private static void connectErebor(Page page, String username) {
		page.getByLabel("Buscar instituição").fill("erebor");
		page.locator("#institution-list button").first().click();
		page.getByLabel("Usuário").fill(username);
		page.getByLabel("Senha", new Page.GetByLabelOptions().setExact(true)).fill("pass_valid");
		page.getByRole(AriaRole.CHECKBOX).check();
		button(page, "Conectar").click();
	}

	private static Locator title(Page page) {
		return page.locator("h1");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The element an input's aria-describedby names last (its error). */
	private static Locator describedBy(Page page, Locator input) {
		String ids = input.getAttribute("aria-describedby");
		assertThat(ids).as("aria-describedby").isNotBlank();
		String[] all = ids.strip().split("\\s+");
		return page.locator("#" + all[all.length - 1]);
	}

	private static boolean isFocused(Locator locator) {
		return locator.count() > 0 && (Boolean) locator.first().evaluate("e => e === document.activeElement");
	}

	private static void assertFitsThePhone(Page page) {
		int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		int clientWidth = ((Number) page.evaluate("document.documentElement.clientWidth")).intValue();
		assertThat(clientWidth).as("laid out at the phone's width").isEqualTo(390);
		assertThat(scrollWidth).as("no horizontal scroll on a 390 px wide phone").isLessThanOrEqualTo(clientWidth);
	}

	private static void assertTouchable(Locator control) {
		BoundingBox box = control.first().boundingBox();
		assertThat(box.height).as("touch target height").isGreaterThanOrEqualTo(44);
		assertThat(box.width).as("touch target width").isGreaterThanOrEqualTo(44);
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).isLessThanOrEqualTo(390);
	}

	private static void assertNoTechnicalText(Page page) {
		String text = page.locator("body").innerText();
		assertThat(text).doesNotContain("Exception", "at io.", "at java.", "Whitelabel", "stack", "null", "widget_token");
	}

	private static Map<String, String> query(String url) {
		Map<String, String> query = new LinkedHashMap<>();
		String raw = URI.create(url).getRawQuery();
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return query;
	}

	/** The origin of a request recorded as "METHOD URL". */
	private static String origin(String request) {
		URI url = URI.create(request.substring(request.indexOf(' ') + 1));
		return url.getScheme() + "://" + url.getRawAuthority();
	}


}
