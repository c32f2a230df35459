package io.ponte.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A webhook endpoint as the API shows it. The authorization value is never shown back (only whether one is
 * set); the signing secret only in the responses that create it: registration and rotation.
 *
 * @param webhookTypes the types sent to this endpoint; null for every type
 */
record WebhookEndpoint(UUID id, String url, String description, boolean enabled, List<String> webhookTypes,
		boolean authorizationSet, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

	WebhookEndpoint withSecret(String secret) {
		return new WebhookEndpoint(this.id, this.url, this.description, this.enabled, this.webhookTypes,
				this.authorizationSet, this.createdAt, this.updatedAt, secret);
	}

}
