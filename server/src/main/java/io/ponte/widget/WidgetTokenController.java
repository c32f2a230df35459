package io.ponte.widget;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.KeyAuthenticator;
import io.ponte.links.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/token/} (GenerateWidgetAccessToken): a widget access token and its refresh token for the key
 * that asks. Every variant of the spec's request is read the same way; what the spec marks required but Belvo's
 * own SDK does not send ({@code fetch_resources}, {@code stale_in}, {@code widget}) is optional, defaulting as
 * for a link registered through the API. {@code {"refresh": "..."}} trades a refresh token for a new pair (a
 * Ponte extension).
 */
@RestController
class WidgetTokenController {

	static final Set<String> SCOPES = Set.of("read_institutions", "write_links", "read_links", "read_consents",
			"write_consents");

	private static final String DEFAULT_SCOPES = "read_institutions,write_links";

	private static final Pattern RESOURCE = Pattern.compile("^[A-Z_]{1,40}$");

	private static final Pattern STALE_IN = Pattern.compile("^[0-9]{1,3}d$");

	private static final Pattern STORAGE = Pattern.compile("^(store|nostore|[0-9]{1,3}d)$");

	private final WidgetTokens tokens;

	private final KeyAuthenticator keys;

	private final Links links;

	private final JsonMapper json;

	WidgetTokenController(WidgetTokens tokens, KeyAuthenticator keys, Links links, JsonMapper json) {
		this.tokens = tokens;
		this.keys = keys;
		this.links = links;
		this.json = json;
	}

	@PostMapping("/api/token/")
	WidgetTokens.Pair create(Caller caller, @RequestBody JsonNode node) {
		JsonBody body = JsonBody.of(node);
		if (body.has("refresh")) {
			return this.tokens.refresh(caller, body.requiredString("refresh", 1, 100));
		}
		sameKey(caller, body);
		List<String> scopes = scopes(body);
		UUID linkId = body.optionalUuid("link_id");
		if (linkId != null) {
			this.links.find(caller, linkId).orElseThrow(() -> ApiException.doesNotExist("link_id", "id", linkId));
			if (!scopes.contains("read_links")) {
				throw ApiException.invalid("scopes", "invalid",
						"Update mode (link_id) needs the read_links scope as well as read_institutions and write_links.");
			}
		}
		return this.tokens.issue(caller, scopes, linkId, settings(body, node));
	}

	/** The body's {@code id} and {@code password}, when sent, must be the key's that authenticated the request. */
	private void sameKey(Caller caller, JsonBody body) {
		if (!body.has("id") && !body.has("password")) {
			return;
		}
		String id = body.requiredString("id", 1, 200);
		String password = body.requiredString("password", 1, 200);
		boolean same = this.keys.authenticate(id, password)
			.map(key -> key.keyId().equals(caller.keyId()))
			.orElse(false);
		if (!same) {
			throw ApiException.invalid("id", "invalid",
					"The id and password in the body must be those of the key that authenticates the request.");
		}
	}

	private static List<String> scopes(JsonBody body) {
		String raw = body.has("scopes") ? body.requiredString("scopes", 1, 200) : DEFAULT_SCOPES;
		List<String> scopes = new ArrayList<>();
		for (String part : raw.split(",")) {
			String scope = part.strip();
			if (!SCOPES.contains(scope)) {
				throw ApiException.invalid("scopes", "invalid_choice", "\"" + (scope.length() > 40 ? scope.substring(0, 40)
						: scope) + "\" is not a scope: use " + String.join(", ", SCOPES.stream().sorted().toList()) + ".");
			}
			if (!scopes.contains(scope)) {
				scopes.add(scope);
			}
		}
		if (!scopes.contains("read_institutions") || !scopes.contains("write_links")) {
			throw ApiException.invalid("scopes", "invalid",
					"The widget needs at least read_institutions and write_links.");
		}
		return scopes;
	}

	/** What the widget and the link it makes will use, checked now so the widget never meets a bad setting. */
	private ObjectNode settings(JsonBody body, JsonNode node) {
		ObjectNode settings = this.json.createObjectNode();
		List<String> resources = body.optionalStringList("fetch_resources");
		if (resources != null) {
			for (String resource : resources) {
				if (!RESOURCE.matcher(resource).matches()) {
					throw ApiException.invalid("fetch_resources", "invalid", "Enter resource names such as ACCOUNTS.");
				}
			}
			settings.set("fetch_resources", this.json.valueToTree(resources));
		}
		copyMatching(body, settings, "stale_in", STALE_IN, "Enter a number of days such as 42d.");
		copyMatching(body, settings, "credentials_storage", STORAGE, "Enter store, nostore or a number of days such as 27d.");
		String externalId = body.optionalString("external_id", 1, 256);
		if (externalId != null) {
			settings.put("external_id", externalId);
		}
		if (body.has("widget")) {
			JsonBody widget = body.requiredObject("widget");
			if (widget.has("callback_urls")) {
				JsonBody callbacks = widget.requiredObject("callback_urls");
				for (String callback : List.of("success", "exit", "event")) {
					callbacks.optionalString(callback, 1, 2000);
				}
			}
			settings.set("widget", node.get("widget"));
		}
		return settings;
	}

	private static void copyMatching(JsonBody body, ObjectNode settings, String field, Pattern pattern, String message) {
		String value = body.optionalString(field, 1, 10);
		if (value == null) {
			return;
		}
		if (!pattern.matcher(value).matches()) {
			throw ApiException.invalid(field, "invalid", message);
		}
		settings.put(field, value);
	}

}
