package io.ponte.links;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.connectors.Credentials;
import io.ponte.connectors.MfaChallenge;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MFA sessions live in the database, so whichever server instance gets the {@code PATCH} can resume them. A
 * session is single-use (taking it deletes it) and holds the credentials encrypted, for its lifetime only.
 */
@Service
public class MfaSessions {

	/** How long a user has to type the token; the credentials are not kept longer than this. */
	public static final Duration LIFETIME = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CredentialCipher cipher;

	private final Clock clock;

	MfaSessions(JdbcClient jdbc, JsonMapper json, CredentialCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Opens a session and returns the 428 to answer with. */
	public ApiException open(Caller caller, UUID linkId, MfaPurpose purpose, MfaChallenge challenge,
			Credentials credentials, JsonNode request) {
		String id = UUID.randomUUID().toString().replace("-", "");
		this.jdbc.sql("""
				insert into mfa_sessions (organization_id, id, link_id, purpose, challenge, credentials, request,
				    expires_at)
				values (:organization_id, :id, :link_id, :purpose, :challenge::jsonb, :credentials, :request::jsonb,
				    :expires_at)""")
			.param("organization_id", caller.organizationId())
			.param("id", id)
			.param("link_id", linkId)
			.param("purpose", purpose.json())
			.param("challenge", this.json.writeValueAsString(challenge))
			.param("credentials", this.cipher.encrypt(this.json.writeValueAsString(credentials), owner(caller, id)))
			.param("request", request == null ? "{}" : this.json.writeValueAsString(request))
			.param("expires_at", LinkDao.now(this.clock).plus(LIFETIME))
			.update();
		return tokenRequired(id, linkId, challenge);
	}

	/**
	 * Takes the session (it cannot be resumed twice). Unknown, expired or another link's session: Belvo's
	 * {@code session_expired}.
	 */
	public MfaSession take(Caller caller, String id, UUID linkId) {
		OffsetDateTime now = LinkDao.now(this.clock);
		Optional<MfaSession> session = this.jdbc.sql("""
				delete from mfa_sessions where organization_id = :organization_id and id = :id and link_id = :link_id
				returning id, link_id, purpose, challenge::text as challenge, credentials, request::text as request,
				    expires_at""")
			.param("organization_id", caller.organizationId())
			.param("id", id)
			.param("link_id", linkId)
			.query((rs, row) -> rs.getObject("expires_at", OffsetDateTime.class).isBefore(now) ? null
					: new MfaSession(rs.getString("id"), rs.getObject("link_id", UUID.class),
							MfaPurpose.of(rs.getString("purpose")),
							this.json.readValue(rs.getString("challenge"), MfaChallenge.class),
							this.json.readValue(this.cipher.decrypt(rs.getBytes("credentials"), owner(caller, id)),
									Credentials.class),
							this.json.readTree(rs.getString("request"))))
			.optional();
		return session.orElseThrow(MfaSessions::expired);
	}

	static ApiException expired() {
		return ApiException.sessionExpired();
	}

	private static ApiException tokenRequired(String session, UUID link, MfaChallenge challenge) {
		Map<String, Object> generation = new LinkedHashMap<>();
		// the spec's strings are not nullable: absent parts are left out rather than sent as null
		if (challenge.instructions() != null) {
			generation.put("instructions", challenge.instructions());
		}
		if (challenge.type() != null) {
			generation.put("type", challenge.type());
		}
		if (challenge.value() != null) {
			generation.put("value", challenge.value());
		}
		generation.put("expects_user_input", challenge.expectsUserInput());
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("session", session);
		extra.put("expiry", LIFETIME.toSeconds());
		extra.put("link", link.toString());
		extra.put("token_generation_data", generation);
		return ApiException.tokenRequired(extra);
	}

	/** Pending sessions' credentials, for re-encryption under a new key: owners as {@link #owner} builds them. */
	@Bean
	static SealedColumn mfaSessionCredentials() {
		return SealedColumn.of("mfa_sessions", "credentials", "'mfa:' || organization_id || ':' || id",
				"organization_id", "id");
	}

	private static String owner(Caller caller, String session) {
		return "mfa:" + caller.organizationId() + ":" + session;
	}

}
