package io.ponte.widget;

import io.ponte.api.ApiException;
import io.ponte.api.JsonBody;
import io.ponte.consents.Consents;
import io.ponte.institutions.Institution;
import io.ponte.institutions.InstitutionCatalog;
import io.ponte.links.Link;
import io.ponte.links.Links;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hosted widget's own API, called by its page with the access token as a Bearer token: the session's
 * settings, the institutions to choose from, and the link itself (registration, its MFA answer, or in update mode
 * new credentials). Links are made by the same code as {@code POST /api/links/}, with the settings the token was
 * asked with; errors are Belvo's (an MFA challenge is the usual 428 with its session). Once its link is made, the
 * token is spent.
 */
@RestController
class WidgetApiController {

	private final WidgetTokens tokens;

	private final Links links;

	private final InstitutionCatalog institutions;

	private final Consents consents;

	private final TransactionTemplate transaction;

	WidgetApiController(WidgetTokens tokens, Links links, InstitutionCatalog institutions, Consents consents,
			TransactionTemplate transaction) {
		this.tokens = tokens;
		this.links = links;
		this.institutions = institutions;
		this.consents = consents;
		this.transaction = transaction;
	}

	/** What the page needs to start: the mode, the branding and callbacks, the link in update mode. */
	@GetMapping("/widget/api/session/")
	Map<String, Object> session(@RequestHeader(name = "Authorization", required = false) String authorization) {
		WidgetGrant grant = grant(authorization);
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("environment", grant.caller().environment().value());
		session.put("scopes", grant.scopes());
		session.put("expires_at", grant.expiresAt());
		JsonNode widget = grant.settings().path("widget");
		session.put("branding", widget.path("branding").isObject() ? widget.get("branding") : Map.of());
		session.put("callback_urls", widget.path("callback_urls").isObject() ? widget.get("callback_urls") : Map.of());
		session.put("consent", widget.path("consent").isObject() ? widget.get("consent") : null);
		session.put("theme", widget.path("theme").isArray() ? widget.get("theme") : List.of());
		if (grant.updateMode()) {
			Link link = this.links.detail(grant.caller(), grant.linkId());
			session.put("update_link", Map.of("id", link.id(), "institution", link.institution()));
		}
		else {
			session.put("update_link", null);
		}
		return session;
	}

	/** The institutions of the token's environment (in update mode, only the link's). */
	@GetMapping("/widget/api/institutions/")
	List<Institution> institutions(@RequestHeader(name = "Authorization", required = false) String authorization) {
		WidgetGrant grant = grant(authorization);
		require(grant, "read_institutions");
		List<Institution> all = this.institutions.all(grant.caller().environment());
		if (!grant.updateMode()) {
			return all;
		}
		String institution = this.links.detail(grant.caller(), grant.linkId()).institution();
		return all.stream().filter(i -> i.name().equals(institution)).toList();
	}

	/** Registers the link with the end user's credentials and the token's settings. */
	@PostMapping("/widget/api/links/")
	ResponseEntity<Map<String, Object>> register(
			@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody JsonNode node) {
		WidgetGrant grant = grant(authorization);
		require(grant, "write_links");
		if (grant.updateMode()) {
			throw ApiException.invalid("institution", "invalid",
					"This widget renews the credentials of an existing link: it makes no new one.");
		}
		JsonBody.of(node).requiredString("institution");
		ObjectNode body = ((ObjectNode) node).deepCopy();
		for (String setting : List.of("fetch_resources", "stale_in", "credentials_storage", "external_id")) {
			body.remove(setting);
			if (grant.settings().has(setting)) {
				body.set(setting, grant.settings().get(setting));
			}
		}
		Link link = this.links.register(grant.caller(), JsonBody.of(body));
		if (this.institutions.openFinance(link.institution(), grant.caller().environment())) {
			// the person granted the organization access at their bank: that consent is theirs to see and revoke
			this.consents.grant(grant.caller(), link.id(), link.institution(), body.path("username").asString(),
					grant.settings().path("widget").path("consent"));
		}
		return done(grant, link, HttpStatus.CREATED);
	}

	/** Answers the MFA challenge of a registration (or of an update) the widget started. */
	@PatchMapping("/widget/api/links/")
	ResponseEntity<Map<String, Object>> resume(
			@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody JsonNode node) {
		WidgetGrant grant = grant(authorization);
		require(grant, "write_links");
		JsonBody body = JsonBody.of(node);
		UUID link = body.requiredUuid("link");
		if (grant.updateMode() && !grant.linkId().equals(link)) {
			throw ApiException.invalid("link", "invalid", "This widget works on one link only.");
		}
		Link resumed = this.links.resume(grant.caller(), body);
		return done(grant, resumed, HttpStatus.OK);
	}

	/** Update mode: new credentials for the token's link. */
	@PutMapping("/widget/api/links/{id}/")
	ResponseEntity<Map<String, Object>> update(
			@RequestHeader(name = "Authorization", required = false) String authorization, @PathVariable String id,
			@RequestBody JsonNode node) {
		WidgetGrant grant = grant(authorization);
		require(grant, "write_links");
		if (!grant.updateMode() || !grant.linkId().toString().equals(id)) {
			throw ApiException.notFound();
		}
		Link updated = this.links.updateCredentials(grant.caller(), grant.linkId(), JsonBody.of(node));
		return done(grant, updated, HttpStatus.OK);
	}

	/** The link is made: the token is spent, and the page gets what the callbacks carry. */
	private ResponseEntity<Map<String, Object>> done(WidgetGrant grant, Link link, HttpStatus status) {
		this.transaction.executeWithoutResult(tx -> this.tokens.spend(grant));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("link", link.id());
		answer.put("institution", link.institution());
		answer.put("status", link.status());
		return ResponseEntity.status(status).body(answer);
	}

	private WidgetGrant grant(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw ApiException.widgetTokenRefused("widget_token_unknown", "This widget needs its access token.");
		}
		try {
			return this.tokens.open(authorization.substring(7).strip());
		}
		catch (WidgetTokens.Refused refused) {
			throw switch (refused.refusal()) {
				case EXPIRED -> ApiException.widgetTokenRefused("widget_token_expired",
						"This widget session expired: open the widget again from the app.");
				case USED -> ApiException.widgetTokenRefused("widget_token_used",
						"This widget session was used already: open the widget again from the app.");
				case UNKNOWN -> ApiException.widgetTokenRefused("widget_token_unknown",
						"This widget session is unknown: open the widget again from the app.");
			};
		}
	}

	private static void require(WidgetGrant grant, String scope) {
		if (!grant.allows(scope)) {
			throw ApiException.widgetScopeMissing(scope);
		}
	}

}
