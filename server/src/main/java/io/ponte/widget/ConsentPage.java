package io.ponte.widget;

import io.ponte.api.ApiException;
import io.ponte.consents.Consent;
import io.ponte.consents.Consents;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The consent-management page, {@code /widget/consents/?access_token=...}: the person named by the widget token
 * ({@code widget.consent.identification_info}) sees the Open Finance consents they granted the organization and
 * revokes any of them (with {@code write_consents}). Server-rendered HTML forms, no script.
 */
@Controller
class ConsentPage {

	private static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final Map<String, Map<String, String>> TEXT = Map.of(
			"pt", Map.of("title", "Seus consentimentos", "none", "Você não tem consentimentos com esta empresa.",
					"revoke", "Revogar", "granted", "Concedido em", "expires", "Expira em", "status", "Situação",
					"nobody", "Esta sessão não identifica nenhuma pessoa.", "revoked", "Consentimento revogado."),
			"es", Map.of("title", "Tus consentimientos", "none", "No tienes consentimientos con esta empresa.",
					"revoke", "Revocar", "granted", "Otorgado el", "expires", "Vence el", "status", "Estado",
					"nobody", "Esta sesión no identifica a ninguna persona.", "revoked", "Consentimiento revocado."),
			"en", Map.of("title", "Your consents", "none", "You have no consents with this company.", "revoke",
					"Revoke", "granted", "Granted on", "expires", "Expires on", "status", "Status", "nobody",
					"This session identifies no person.", "revoked", "Consent revoked."));

	private final WidgetTokens tokens;

	private final Consents consents;

	ConsentPage(WidgetTokens tokens, Consents consents) {
		this.tokens = tokens;
		this.consents = consents;
	}

	@GetMapping("/widget/consents/")
	ResponseEntity<String> list(@RequestParam(name = "access_token", required = false) String token,
			@RequestParam(required = false) String locale, @RequestParam(required = false) String done,
			@RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
		String language = WidgetPage.language(locale, acceptLanguage);
		Map<String, String> text = TEXT.get(language);
		WidgetGrant grant;
		try {
			grant = this.tokens.open(token);
		}
		catch (WidgetTokens.Refused refused) {
			return WidgetPage.refused(refused.refusal(), language);
		}
		if (!grant.allows("read_consents")) {
			return WidgetPage.refused(WidgetTokens.Refusal.UNKNOWN, language);
		}
		String document = document(grant);
		StringBuilder body = new StringBuilder("<main class=\"consents\"><h1 id=\"title\">")
			.append(escape(text.get("title")))
			.append("</h1>");
		if ("revoked".equals(done)) {
			body.append("<p role=\"status\">").append(escape(text.get("revoked"))).append("</p>");
		}
		List<Consent> mine = document == null ? List.of() : this.consents.ofDocument(grant.caller(), document);
		if (document == null) {
			body.append("<p>").append(escape(text.get("nobody"))).append("</p>");
		}
		else if (mine.isEmpty()) {
			body.append("<p>").append(escape(text.get("none"))).append("</p>");
		}
		body.append("<ul class=\"consent-list\">");
		for (Consent consent : mine) {
			body.append("<li class=\"consent\"><h2>").append(escape(consent.institutionDisplayName())).append("</h2><dl>")
				.append("<dt>").append(escape(text.get("status"))).append("</dt><dd class=\"status\">")
				.append(escape(consent.status())).append("</dd>")
				.append("<dt>").append(escape(text.get("granted"))).append("</dt><dd>")
				.append(escape(DAY.format(consent.createdAt()))).append("</dd>");
			if (consent.expiredAt() != null) {
				body.append("<dt>").append(escape(text.get("expires"))).append("</dt><dd>")
					.append(escape(DAY.format(consent.expiredAt()))).append("</dd>");
			}
			body.append("<dt>Open Finance</dt><dd>")
				.append(escape(String.join(", ", consent.permissions().keySet()))).append("</dd></dl>");
			if ("AUTHORISED".equals(consent.status()) && grant.allows("write_consents")) {
				body.append("<form method=\"post\" action=\"/widget/consents/").append(consent.id())
					.append("/revoke/\"><input type=\"hidden\" name=\"access_token\" value=\"").append(escape(token))
					.append("\"><input type=\"hidden\" name=\"locale\" value=\"").append(language)
					.append("\"><button type=\"submit\" aria-label=\"").append(escape(text.get("revoke") + " "
							+ consent.institutionDisplayName())).append("\">").append(escape(text.get("revoke")))
					.append("</button></form>");
			}
			body.append("</li>");
		}
		body.append("</ul></main>");
		return WidgetPage.html(HttpStatus.OK, language, body.toString(), CSP);
	}

	@PostMapping("/widget/consents/{id}/revoke/")
	ResponseEntity<String> revoke(@PathVariable String id,
			@RequestParam(name = "access_token", required = false) String token,
			@RequestParam(required = false) String locale) {
		String language = WidgetPage.language(locale, null);
		WidgetGrant grant;
		try {
			grant = this.tokens.open(token);
		}
		catch (WidgetTokens.Refused refused) {
			return WidgetPage.refused(refused.refusal(), language);
		}
		UUID consent;
		try {
			consent = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.notFound();
		}
		String document = document(grant);
		boolean theirs = document != null && this.consents.ofDocument(grant.caller(), document)
			.stream()
			.anyMatch(c -> c.id().equals(consent));
		if (!grant.allows("write_consents") || !theirs) {
			throw ApiException.notFound();
		}
		this.consents.revoke(grant.caller(), consent);
		String back = UriComponentsBuilder.fromPath("/widget/consents/")
			.queryParam("access_token", token)
			.queryParam("locale", language)
			.queryParam("done", "revoked")
			.build()
			.encode()
			.toUriString();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", back).build();
	}

	/** The person the token names: the first CPF of {@code widget.consent.identification_info}, as digits. */
	private static String document(WidgetGrant grant) {
		for (JsonNode person : grant.settings().path("widget").path("consent").path("identification_info")) {
			String number = person.path("number").asString("").replaceAll("[.\\-/ ]", "");
			if (number.matches("^[0-9]{11}$")) {
				return number;
			}
		}
		return null;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
	}


}
