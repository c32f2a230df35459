package io.ponte.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Chromium;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;

/**
 * The API reference: {@code /openapi.json} merges Belvo's description and Ponte's extensions, and {@code /docs/}
 * renders it in a real browser (headless Chromium) from files Ponte serves itself.
 */
class DocsTests {

	private static Chromium chromium;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start(uri -> "<!doctype html><title>unused</title>");
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@OnEachDatabase
	void theMergedDescriptionHasBelvosOperationsAndPontesAndParsesAsOpenApi(PonteServer server) {
		ApiClient anonymous = server.anonymousClient().unchecked();

		ApiResponse merged = anonymous.get("/openapi.json");

		assertThat(merged.status()).isEqualTo(200);
		JsonNode document = merged.json();
		assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
		assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
		assertThat(document.get("paths").has("/api/links/")).as("Belvo's").isTrue();
		assertThat(document.get("paths").has("/payments/br/payment-intents/")).as("Belvo's").isTrue();
		assertThat(document.get("paths").has("/api/webhooks/")).as("Ponte's").isTrue();
		assertThat(document.get("paths").has("/widget/api/session/")).as("Ponte's").isTrue();
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(merged.body());
		assertThat(parsed.getOpenAPI()).isNotNull();
		assertThat(parsed.getOpenAPI().getPaths()).hasSizeGreaterThan(100);
		assertThat(anonymous.get("/openapi/belvo-openapi.json").json().get("info").get("version").asString())
			.isEqualTo("1.223.0");
		assertThat(anonymous.get("/openapi/ponte-extensions.yaml").body()).startsWith("openapi: 3.1.0");
		assertThat(anonymous.get("/openapi/other.json").status()).isEqualTo(404);
	}

	@OnEachDatabase
	void theReferenceRendersInABrowserFromPontesOwnFiles(PonteServer server) {
		try (BrowserContext context = chromium.desktop("en-US")) {
			Page page = context.newPage();
			List<String> requests = new CopyOnWriteArrayList<>();
			List<String> problems = new CopyOnWriteArrayList<>();
			page.onRequest(request -> requests.add(request.url()));
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					problems.add(message.text());
				}
			});
			page.onPageError(error -> problems.add(error));
			page.onResponse(response -> {
				if (response.status() >= 400) {
					problems.add(response.status() + " " + response.url());
				}
			});

			page.navigate(server.baseUrl() + "/docs/");

			PlaywrightAssertions.assertThat(page.locator("#intro-title")).hasText("Ponte API reference");
			PlaywrightAssertions.assertThat(page.locator(".swagger-ui .info .title").first()).containsText("Belvo");
			PlaywrightAssertions.assertThat(page.locator(".opblock-summary-path[data-path='/api/links/']").first())
				.isVisible();
			page.locator(".opblock-summary-path[data-path='/api/links/']").first().scrollIntoViewIfNeeded();
			Chromium.screenshotOfWindow(page, "docs");
			assertThat(requests).as("everything comes from Ponte").allMatch(url -> url.startsWith(server.baseUrl()));
			assertThat(problems).as("no CSP violation, no script error").isEmpty();
		}
	}

	@OnEachDatabase
	void theReferenceNeedsNoKeyAndAllowsOnlyItsOwnFiles(PonteServer server) {
		ApiResponse page = server.anonymousClient().unchecked().get("/docs/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(server.anonymousClient().unchecked().send("GET", "/docs/swagger-ui-bundle.js", null, Map.of())
			.header("Content-Type")).startsWith("text/javascript");
		assertThat(server.anonymousClient().unchecked().get("/docs/secret.js").status()).isEqualTo(404);
	}

}
