package io.ponte.webhooks;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.Timestamps;
import io.ponte.links.CredentialCipher;
import io.ponte.links.SealedColumn;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * Registering, changing, rotating and removing webhook endpoints. Secrets are generated here and kept encrypted
 * (they must be read back to sign, so they cannot be hashed); the authorization value too.
 */
@Service
class WebhookEndpoints {

	/** One header value: printable, no line breaks that could smuggle another header. */
	private static final Pattern HEADER_VALUE = Pattern.compile("^[\\x21-\\x7e][\\x20-\\x7e]{0,1023}$");

	private static final int MAX_DESCRIPTION = 255;

	private final WebhookEndpointDao endpoints;

	private final WebhookUrls urls;

	private final CredentialCipher cipher;

	private final WebhookSettings settings;

	private final Clock clock;

	WebhookEndpoints(WebhookEndpointDao endpoints, WebhookUrls urls, CredentialCipher cipher, WebhookSettings settings,
			Clock clock) {
		this.endpoints = endpoints;
		this.urls = urls;
		this.cipher = cipher;
		this.settings = settings;
		this.clock = clock;
	}

	static String owner(UUID endpoint) {
		return "webhook-endpoint:" + endpoint;
	}

	/** The signing secrets and Authorization values, for re-encryption under a new key, owned as {@link #owner}. */
	@Bean
	static SealedColumn webhookSecrets() {
		return SealedColumn.of("webhook_endpoints", "secret", "'webhook-endpoint:' || id", "organization_id", "id");
	}

	@Bean
	static SealedColumn webhookPreviousSecrets() {
		return SealedColumn.of("webhook_endpoints", "previous_secret", "'webhook-endpoint:' || id", "organization_id",
				"id");
	}

	@Bean
	static SealedColumn webhookAuthorizations() {
		return SealedColumn.of("webhook_endpoints", "authorization_value",
				"'webhook-endpoint:' || id || ':authorization'", "organization_id", "id");
	}

	WebhookEndpoint register(Caller caller, JsonBody body) {
		UUID id = UUID.randomUUID();
		String url = this.urls.accepted(body.requiredString("url"), caller.environment()).toString();
		String secret = SigningSecrets.generate();
		this.endpoints.insert(caller, new WebhookEndpointDao.Row(id, url, description(body), body.optionalBoolean(
				"enabled", true), types(body), authorization(body, id), this.cipher.encrypt(secret, owner(id)), now()));
		return detail(caller, id).withSecret(secret);
	}

	WebhookEndpoint detail(Caller caller, UUID id) {
		return this.endpoints.find(caller, id).orElseThrow(ApiException::notFound);
	}

	/** Changes only what the body mentions; {@code authorization: null} removes the value. */
	WebhookEndpoint modify(Caller caller, UUID id, JsonBody body) {
		WebhookEndpoint current = detail(caller, id);
		String url = body.has("url") ? this.urls.accepted(body.requiredString("url"), caller.environment()).toString()
				: current.url();
		byte[] authorization = body.mentions("authorization") ? authorization(body, id)
				: this.endpoints.authorization(caller, id);
		boolean changed = this.endpoints.update(caller, new WebhookEndpointDao.Row(id, url,
				body.mentions("description") ? description(body) : current.description(),
				body.optionalBoolean("enabled", current.enabled()),
				body.mentions("webhook_types") ? types(body) : current.webhookTypes(), authorization, null, now()));
		if (!changed) {
			throw ApiException.notFound();
		}
		return detail(caller, id);
	}

	WebhookEndpoint rotateSecret(Caller caller, UUID id) {
		String secret = SigningSecrets.generate();
		OffsetDateTime now = now();
		if (!this.endpoints.rotate(caller, id, this.cipher.encrypt(secret, owner(id)), now,
				now.plus(this.settings.rotationOverlap()))) {
			throw ApiException.notFound();
		}
		return detail(caller, id).withSecret(secret);
	}

	void delete(Caller caller, UUID id) {
		if (!this.endpoints.delete(caller, id)) {
			throw ApiException.notFound();
		}
	}

	private byte[] authorization(JsonBody body, UUID id) {
		String value = body.optionalString("authorization");
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (!HEADER_VALUE.matcher(value).matches()) {
			throw ApiException.invalid("authorization", "invalid", "Enter one header value (for example \"Bearer "
					+ "<token>\" or \"Basic <base64>\"): printable characters, at most 1024.");
		}
		return this.cipher.encrypt(value, owner(id) + ":authorization");
	}

	private static String description(JsonBody body) {
		return body.optionalString("description", 1, MAX_DESCRIPTION);
	}

	private static List<String> types(JsonBody body) {
		List<String> types = body.optionalStringList("webhook_types");
		if (types == null) {
			return null;
		}
		for (String type : types) {
			if (!WebhookTypes.ALL.contains(type)) {
				throw ApiException.invalid("webhook_types", "invalid_choice", "\"" + type
						+ "\" is not a valid choice.");
			}
		}
		return types.isEmpty() ? null : List.copyOf(types);
	}

	private OffsetDateTime now() {
		return Timestamps.now(this.clock);
	}

}
