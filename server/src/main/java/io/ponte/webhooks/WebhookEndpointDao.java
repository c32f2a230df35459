package io.ponte.webhooks;

import io.ponte.api.Caller;
import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for webhook endpoints, every statement scoped to the caller's organization and environment. */
@Repository
class WebhookEndpointDao {

	static final RowMapper<WebhookEndpoint> VIEWS = (rs, row) -> new WebhookEndpoint(rs.getObject("id", UUID.class),
			rs.getString("url"), rs.getString("description"), rs.getBoolean("enabled"), types(rs),
			rs.getBytes("authorization_value") != null, rs.getObject("created_at", OffsetDateTime.class),
			rs.getObject("updated_at", OffsetDateTime.class), null);

	static final Resource<WebhookEndpoint> RESOURCE = Resource.of("webhook_endpoints", "created_at desc, id", VIEWS,
			List.of(Filter.exact("enabled", "enabled", ValueType.BOOLEAN).only(Lookup.EXACT),
					Filter.ordered("created_at", "created_at", ValueType.DATETIME)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE)));

	/** A row to write; secrets and the authorization value already encrypted. */
	record Row(UUID id, String url, String description, boolean enabled, List<String> webhookTypes,
			byte[] authorization, byte[] secret, OffsetDateTime at) {
	}

	private final JdbcClient jdbc;

	WebhookEndpointDao(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static List<String> types(ResultSet rs) throws SQLException {
		Array array = rs.getArray("webhook_types");
		return array == null ? null : Arrays.asList((String[]) array.getArray());
	}

	void insert(Caller caller, Row row) {
		this.jdbc.sql("""
				insert into webhook_endpoints (organization_id, id, environment, url, description, enabled,
				    webhook_types, authorization_value, secret, created_at, updated_at)
				values (:organization_id, :id, :environment, :url, :description, :enabled, :types, :authorization,
				    :secret, :at, :at)""")
			.params(caller.scopeParameters())
			.params(settings(row))
			.param("secret", row.secret())
			.update();
	}

	/** The named parameters of a row's settings, shared by insert and update. */
	private static Map<String, Object> settings(Row row) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", row.id());
		values.put("url", row.url());
		values.put("description", row.description());
		values.put("enabled", row.enabled());
		values.put("types", row.webhookTypes() == null ? null : row.webhookTypes().toArray(String[]::new));
		values.put("authorization", row.authorization());
		values.put("at", row.at());
		return values;
	}

	Optional<WebhookEndpoint> find(Caller caller, UUID id) {
		return this.jdbc.sql("select * from webhook_endpoints where " + Caller.SCOPE + " and id = :id")
			.params(caller.scopeParameters())
			.param("id", id)
			.query(VIEWS)
			.optional();
	}

	/** Writes the row's settings (not its secret); false when the endpoint does not exist for the caller. */
	boolean update(Caller caller, Row row) {
		return this.jdbc.sql("""
				update webhook_endpoints set url = :url, description = :description, enabled = :enabled,
				    webhook_types = :types, authorization_value = :authorization, updated_at = :at
				where""" + " " + Caller.SCOPE + " and id = :id")
			.params(caller.scopeParameters())
			.params(settings(row))
			.update() == 1;
	}

	/** The stored authorization ciphertext, to keep it when an update does not mention it. */
	byte[] authorization(Caller caller, UUID id) {
		return this.jdbc.sql("select authorization_value from webhook_endpoints where " + Caller.SCOPE
				+ " and id = :id")
			.params(caller.scopeParameters())
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.orElse(null);
	}

	/** The new secret signs from now; the current one keeps signing beside it until {@code previousUntil}. */
	boolean rotate(Caller caller, UUID id, byte[] secret, OffsetDateTime at, OffsetDateTime previousUntil) {
		return this.jdbc.sql("""
				update webhook_endpoints set previous_secret = secret, previous_expires_at = :until,
				    secret = :secret, updated_at = :at
				where""" + " " + Caller.SCOPE + " and id = :id")
			.params(caller.scopeParameters())
			.param("id", id)
			.param("secret", secret)
			.param("at", at)
			.param("until", previousUntil)
			.update() == 1;
	}

	boolean delete(Caller caller, UUID id) {
		return this.jdbc.sql("delete from webhook_endpoints where " + Caller.SCOPE + " and id = :id")
			.params(caller.scopeParameters())
			.param("id", id)
			.update() == 1;
	}

}
