package io.ponte.widget;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Environment;
import io.ponte.api.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Widget tokens: issued in pairs (an access token and its refresh token), opaque, random, and kept only as their
 * SHA-256. An access token is single-purpose: it opens the widget of the organization and environment of the key
 * that asked, until it expires or its link is made. A refresh token trades once for a new pair.
 */
@Service
class WidgetTokens {

	/** Why a token opens nothing, as the widget page tells its user. */
	enum Refusal {

		UNKNOWN, EXPIRED, USED

	}

	/** A token that opens nothing: {@link #refusal} says why. */
	static final class Refused extends RuntimeException {

		private final Refusal refusal;

		Refused(Refusal refusal) {
			super(refusal.name(), null, false, false);
			this.refusal = refusal;
		}

		Refusal refusal() {
			return this.refusal;
		}

	}

	/** A new pair, shown once. */
	record Pair(String access, String refresh) {
	}

	static final String ACCESS_PREFIX = "pwa_";

	static final String REFRESH_PREFIX = "pwr_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final WidgetSettings settings;

	private final Clock clock;

	WidgetTokens(JdbcClient jdbc, JsonMapper json, WidgetSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.settings = settings;
		this.clock = clock;
	}

	/** A new pair for {@code caller}, with these scopes, for a new link or (update mode) {@code linkId}. */
	@Transactional
	Pair issue(Caller caller, List<String> scopes, UUID linkId, ObjectNode linkSettings) {
		UUID grant = UUID.randomUUID();
		OffsetDateTime now = Timestamps.now(this.clock);
		String access = ACCESS_PREFIX + random();
		String refresh = REFRESH_PREFIX + random();
		insert(access, "access", grant, caller, scopes, linkId, linkSettings, now.plus(this.settings.accessTtl()), now);
		insert(refresh, "refresh", grant, caller, scopes, linkId, linkSettings, now.plus(this.settings.refreshTtl()),
				now);
		return new Pair(access, refresh);
	}

	/**
	 * A new pair for the refresh token's grant, for the same key; the refresh token is spent and the grant's
	 * access token with it. A 400 naming {@code refresh} for a token that is unknown, another key's, expired or
	 * spent.
	 */
	@Transactional
	Pair refresh(Caller caller, String token) {
		WidgetGrant grant = find(token, REFRESH_PREFIX).filter(g -> sameKey(g.caller(), caller))
			.orElseThrow(() -> ApiException.invalid("refresh", "invalid", "This refresh token is unknown here."));
		if (!grant.expiresAt().isAfter(Timestamps.now(this.clock))) {
			throw ApiException.invalid("refresh", "expired", "This token expired: ask for a new one.");
		}
		int spent = this.jdbc.sql("update widget_tokens set used_at = :now where grant_id = :grant and used_at is null")
			.param("now", Timestamps.now(this.clock))
			.param("grant", grant.grantId())
			.update();
		if (spent == 0) {
			throw ApiException.invalid("refresh", "invalid", "This refresh token was used already.");
		}
		return issue(grant.caller(), grant.scopes(), grant.linkId(), grant.settings());
	}

	/** The grant of a valid access token; {@link Refused} says why one is not. */
	WidgetGrant open(String token) {
		WidgetGrant grant = find(token, ACCESS_PREFIX).orElseThrow(() -> new Refused(Refusal.UNKNOWN));
		if (grant.used()) {
			throw new Refused(Refusal.USED);
		}
		if (!grant.expiresAt().isAfter(Timestamps.now(this.clock))) {
			throw new Refused(Refusal.EXPIRED);
		}
		return grant;
	}

	/** Spends the access token once its link is made: it opens nothing afterwards. */
	void spend(WidgetGrant grant) {
		this.jdbc.sql("update widget_tokens set used_at = :now where grant_id = :grant and used_at is null")
			.param("now", Timestamps.now(this.clock))
			.param("grant", grant.grantId())
			.update();
	}

	@Bean
	RecurringTask<Void> widgetTokenPurgeTask() {
		return Tasks.recurring("widget-token-purge", FixedDelay.ofHours(1)).execute((instance, context) -> purge());
	}

	/** Removes the tokens that expired a day ago or more (a refresh token outlives its access token). */
	int purge() {
		return this.jdbc.sql("delete from widget_tokens where expires_at < :cutoff")
			.param("cutoff", Timestamps.now(this.clock).minusDays(1))
			.update();
	}

	private Optional<WidgetGrant> find(String token, String prefix) {
		if (token == null || !token.startsWith(prefix) || token.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = sha256(token);
		return this.jdbc.sql("select * from widget_tokens where token_hash = :hash")
			.param("hash", hash)
			.query((rs, row) -> new WidgetGrant(hash, rs.getObject("grant_id", UUID.class),
					new Caller(rs.getObject("organization_id", UUID.class), rs.getObject("key_id", UUID.class),
							Environment.of(rs.getString("environment"))),
					Arrays.asList((String[]) rs.getArray("scopes").getArray()), rs.getObject("link_id", UUID.class),
					(ObjectNode) this.json.readTree(rs.getString("settings")),
					rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("used_at") != null))
			.optional();
	}

	private void insert(String token, String kind, UUID grant, Caller caller, List<String> scopes, UUID linkId,
			ObjectNode linkSettings, OffsetDateTime expiresAt, OffsetDateTime now) {
		this.jdbc.sql("""
				insert into widget_tokens (token_hash, kind, grant_id, organization_id, environment, key_id, scopes,
				    link_id, settings, expires_at, created_at)
				values (:hash, :kind, :grant, :organization, :environment, :key, :scopes, :link,
				    cast(:settings as jsonb), :expires, :now)""")
			.params(Map.of("hash", sha256(token), "kind", kind, "grant", grant, "organization", caller.organizationId(),
					"environment", caller.environment().value(), "key", caller.keyId(), "scopes",
					scopes.toArray(String[]::new), "settings", this.json.writeValueAsString(linkSettings), "expires",
					expiresAt, "now", now))
			.param("link", linkId)
			.update();
	}

	private static boolean sameKey(Caller a, Caller b) {
		return a.organizationId().equals(b.organizationId()) && a.environment() == b.environment()
				&& a.keyId().equals(b.keyId());
	}

	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
