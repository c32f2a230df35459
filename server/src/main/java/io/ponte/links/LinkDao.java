package io.ponte.links;

import io.ponte.api.Caller;
import io.ponte.api.Environment;
import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.Resource;
import io.ponte.api.Timestamps;
import io.ponte.api.ValueType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for links, with named parameters. Every statement is scoped to the caller's organization. */
@Repository
class LinkDao {

	/** Reads a row by column name, so the order of the table's columns does not matter. */
	static final RowMapper<LinkRow> ROWS = (rs, row) -> LinkRow.builder()
		.organizationId(rs.getObject("organization_id", UUID.class))
		.id(rs.getObject("id", UUID.class))
		.environment(Environment.of(rs.getString("environment")))
		.institution(rs.getInt("institution_id"), rs.getString("institution"))
		.accessMode(AccessMode.of(rs.getString("access_mode")))
		.status(LinkStatus.of(rs.getString("status")))
		.externalId(rs.getString("external_id"))
		.institutionUserId(rs.getString("institution_user_id"))
		.createdBy(rs.getObject("created_by", UUID.class))
		.refreshRate(rs.getString("refresh_rate"))
		.credentialsStorage(Retention.of(rs.getString("credentials_storage")))
		.fetchResources(Arrays.asList((String[]) rs.getArray("fetch_resources").getArray()))
		.staleIn(Retention.ofDays(rs.getInt("stale_in_days")))
		.credentials(rs.getBytes("credentials"), rs.getObject("credentials_expire_at", OffsetDateTime.class))
		.createdAt(rs.getObject("created_at", OffsetDateTime.class))
		.lastAccessedAt(rs.getObject("last_accessed_at", OffsetDateTime.class))
		.lastRefreshedAt(rs.getObject("last_refreshed_at", OffsetDateTime.class))
		.build();

	/** The list resource of GET /api/links/, with the spec's filters. */
	static final Resource<Link> RESOURCE = Resource.of("links", "created_at desc, id",
			(rs, row) -> ROWS.mapRow(rs, row).view(),
			List.of(Filter.exact("id", "id", ValueType.UUID),
					Filter.exact("institution", "institution", ValueType.TEXT),
					Filter.exact("access_mode", "access_mode",
							ValueType.choice(AccessMode.choices().toArray(String[]::new)))
						.only(Lookup.EXACT),
					Filter.ordered("created_at", "created_at", ValueType.DATETIME)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					Filter.exact("created_by", "created_by", ValueType.UUID).only(Lookup.NOT_IN),
					Filter.exact("external_id", "external_id", ValueType.TEXT),
					Filter.exact("institution_user_id", "institution_user_id", ValueType.TEXT),
					Filter.exact("refresh_rate", "refresh_rate", ValueType.TEXT).only(Lookup.EXACT),
					Filter.exact("status", "status", ValueType.TEXT)));

	private final JdbcClient jdbc;

	LinkDao(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Microseconds, as PostgreSQL keeps them, so a link reads back exactly as it was returned. */
	static OffsetDateTime now(Clock clock) {
		return Timestamps.now(clock);
	}

	Optional<LinkRow> find(Caller caller, UUID id) {
		return this.jdbc.sql("select * from links where " + Caller.SCOPE + " and id = :id")
			.params(caller.scopeParameters())
			.param("id", id)
			.query(ROWS)
			.optional();
	}

	/** The same, locked for update until the transaction ends: one refresh or update at a time per link. */
	Optional<LinkRow> lock(Caller caller, UUID id) {
		return this.jdbc.sql("select * from links where " + Caller.SCOPE + " and id = :id for update")
			.params(caller.scopeParameters())
			.param("id", id)
			.query(ROWS)
			.optional();
	}

	/** Inserts every column the row names, so the statement and the row cannot disagree. */
	void insert(LinkRow link) {
		Map<String, Object> columns = link.columns();
		this.jdbc.sql("insert into links (" + String.join(", ", columns.keySet()) + ") values ("
				+ columns.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", ")) + ")")
			.params(columns)
			.update();
	}

	/** After a successful login: valid, accessed now, with the credentials to keep (or none). */
	void markValid(UUID organizationId, UUID id, byte[] credentials, OffsetDateTime credentialsExpireAt,
			OffsetDateTime now) {
		this.jdbc.sql("""
				update links set status = :status, credentials = :credentials,
				    credentials_expire_at = :credentials_expire_at, last_accessed_at = :now
				where organization_id = :organization_id and id = :id""")
			.param("status", LinkStatus.VALID.json())
			.param("credentials", credentials)
			.param("credentials_expire_at", credentialsExpireAt)
			.param("now", now)
			.param("organization_id", organizationId)
			.param("id", id)
			.update();
	}

	/**
	 * A recurrent link's refresh schedule: as of when its data was last loaded and when it refreshes next (the
	 * organization's clock time); both null clear it, as for a single link.
	 */
	void scheduleRefresh(UUID organizationId, UUID id, OffsetDateTime asOf, OffsetDateTime next) {
		this.jdbc.sql("""
				update links set last_refresh_as_of = :as_of, next_refresh_at = :next
				where organization_id = :organization_id and id = :id""")
			.param("as_of", asOf, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("next", next, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("organization_id", organizationId)
			.param("id", id)
			.update();
	}

	/** Starts a recurrent link's refresh schedule unless it has one (new credentials keep the schedule). */
	void startRefreshes(UUID organizationId, UUID id, OffsetDateTime asOf, OffsetDateTime next) {
		this.jdbc.sql("""
				update links set last_refresh_as_of = :as_of, next_refresh_at = :next
				where organization_id = :organization_id and id = :id and next_refresh_at is null""")
			.param("as_of", asOf)
			.param("next", next)
			.param("organization_id", organizationId)
			.param("id", id)
			.update();
	}

	/** As of when the link's data was last loaded, in its organization's clock time. */
	Optional<OffsetDateTime> lastRefreshAsOf(UUID organizationId, UUID id) {
		return this.jdbc.sql("select last_refresh_as_of from links where organization_id = :organization_id "
				+ "and id = :id")
			.param("organization_id", organizationId)
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.optional()
			.flatMap(o -> o);
	}

	void updateStatus(UUID organizationId, UUID id, LinkStatus status) {
		this.jdbc.sql("update links set status = :status where organization_id = :organization_id and id = :id")
			.param("status", status.json())
			.param("organization_id", organizationId)
			.param("id", id)
			.update();
	}

	void updateSettings(UUID organizationId, UUID id, AccessMode accessMode, String refreshRate, Retention staleIn,
			List<String> fetchResources) {
		this.jdbc.sql("""
				update links set access_mode = :access_mode, refresh_rate = :refresh_rate,
				    stale_in_days = :stale_in_days, fetch_resources = :fetch_resources
				where organization_id = :organization_id and id = :id""")
			.param("access_mode", accessMode.json())
			.param("refresh_rate", refreshRate)
			.param("stale_in_days", staleIn.days())
			.param("fetch_resources", fetchResources.toArray(String[]::new))
			.param("organization_id", organizationId)
			.param("id", id)
			.update();
	}

	void touchAccessed(UUID organizationId, UUID id, OffsetDateTime now) {
		this.jdbc.sql("update links set last_accessed_at = :now where organization_id = :organization_id and id = :id")
			.param("now", now)
			.param("organization_id", organizationId)
			.param("id", id)
			.update();
	}

	/** Marks the link refreshed now, unless it was refreshed after {@code notSince}: false when it was. */
	boolean claimRefresh(UUID organizationId, UUID id, OffsetDateTime now, OffsetDateTime notSince) {
		return this.jdbc.sql("""
				update links set last_refreshed_at = :now
				where organization_id = :organization_id and id = :id
				and (last_refreshed_at is null or last_refreshed_at <= :not_since)""")
			.param("now", now)
			.param("organization_id", organizationId)
			.param("id", id)
			.param("not_since", notSince)
			.update() == 1;
	}

	/** Gives a failed refresh's claim back, so the user need not wait for one that did not happen. */
	void setLastRefreshedAt(UUID organizationId, UUID id, OffsetDateTime previous) {
		this.jdbc.sql("""
				update links set last_refreshed_at = :previous
				where organization_id = :organization_id and id = :id""")
			.param("previous", previous)
			.param("organization_id", organizationId)
			.param("id", id)
			.update();
	}

	/** Deletes the link; every table derived from it cascades, so its data goes with it. */
	boolean delete(Caller caller, UUID id) {
		return this.jdbc.sql("delete from links where " + Caller.SCOPE + " and id = :id")
			.params(caller.scopeParameters())
			.param("id", id)
			.update() > 0;
	}

}
