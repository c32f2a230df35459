package io.ponte.links;

import io.ponte.api.Caller;
import io.ponte.connectors.Credentials;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A link's stored credentials, sealed to that link (the cipher's associated data names the organization and
 * link, so ciphertext copied to another row does not open). Shared by registration and later logins.
 */
@Component
class LinkSecrets {

	private final CredentialCipher cipher;

	private final UserIdDigest userIds;

	private final JsonMapper json;

	LinkSecrets(CredentialCipher cipher, UserIdDigest userIds, JsonMapper json) {
		this.cipher = cipher;
		this.userIds = userIds;
		this.json = json;
	}

	/** Stored credentials, for re-encryption under a new key: owners as {@link #owner} builds them. */
	@Bean
	static SealedColumn linkCredentials() {
		return SealedColumn.of("links", "credentials", "'link:' || organization_id || ':' || id", "organization_id",
				"id");
	}

	/** The ciphertext to store, or null when the link keeps nothing ({@code nostore}). */
	byte[] seal(Caller caller, UUID linkId, Retention storage, Credentials credentials) {
		return storage.keepsNothing() ? null
				: this.cipher.encrypt(this.json.writeValueAsString(credentials), owner(caller, linkId));
	}

	/** The link's credentials, or null when none were kept or they are past their retention at {@code now}. */
	Credentials open(Caller caller, LinkRow link, OffsetDateTime now) {
		if (!link.hasUsableCredentials(now)) {
			return null;
		}
		return this.json.readValue(this.cipher.decrypt(link.credentials(), owner(caller, link.id())),
				Credentials.class);
	}

	/**
	 * Stable for the same end user at the same institution within one organization, different across
	 * organizations, and one-way: a keyed digest, 44 URL-safe Base64 characters.
	 */
	String institutionUserId(Caller caller, String institution, String username) {
		String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		byte[] digest = this.userIds.digest(caller.organizationId() + "\n" + institution + "\n" + user);
		return Base64.getUrlEncoder().encodeToString(digest);
	}

	private static String owner(Caller caller, UUID linkId) {
		return "link:" + caller.organizationId() + ":" + linkId;
	}

}
