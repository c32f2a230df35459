package io.ponte.widget;

import io.ponte.api.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a valid widget access token allows: acting for the organization and environment of the key that asked
 * ({@link #caller}), within its scopes, for one link (a new one, or {@link #linkId} in update mode).
 *
 * @param settings what the token was asked with: {@code widget} (callbacks, branding, consent, theme) and the
 *        link settings ({@code fetch_resources}, {@code stale_in}, {@code credentials_storage},
 *        {@code external_id})
 * @param used whether the token was spent (its link made, or traded for a new pair)
 */
record WidgetGrant(byte[] tokenHash, UUID grantId, Caller caller, List<String> scopes, UUID linkId,
		ObjectNode settings, OffsetDateTime expiresAt, boolean used) {

	boolean allows(String scope) {
		return this.scopes.contains(scope);
	}

	boolean updateMode() {
		return this.linkId != null;
	}

}
