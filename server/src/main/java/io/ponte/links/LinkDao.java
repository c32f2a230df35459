package io.ponte.links;

import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for links. Every statement is scoped to the caller's organization and environment. */
@Repository
class LinkDao {

	/** The list resource of GET /api/links/, with the spec's filters. */
	static final Resource<Link> RESOURCE = Resource.of("links", "created_at desc, id",
			(rs, row) -> row(rs).view(),
			List.of(Filter.exact("id", "id", ValueType.UUID),
					Filter.exact("institution", "institution", ValueType.TEXT),
					Filter.exact("access_mode", "access_mode", ValueType.choice("single", "recurrent"))
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

	Optional<LinkRow> find(Caller caller, UUID id) {
		return this.jdbc.sql("select * from links where organization_id = ? and environment = ? and id = ?")
			.params(caller.organizationId(), caller.environment().value(), id)
			.query(LinkDao::mapRow)
			.optional();
	}

	/** The same, locked for update until the transaction ends: one refresh or update at a time per link. */
	Optional<LinkRow> lock(Caller caller, UUID id) {
		return this.jdbc
			.sql("select * from links where organization_id = ? and environment = ? and id = ? for update")
			.params(caller.organizationId(), caller.environment().value(), id)
			.query(LinkDao::mapRow)
			.optional();
	}

	void insert(LinkRow link) {
		this.jdbc.sql("""
				insert into links (organization_id, id, environment, institution_id, institution, access_mode, status,
				    external_id, institution_user_id, created_by, refresh_rate, credentials_storage, fetch_resources,
				    stale_in, credentials, credentials_expire_at, created_at, last_accessed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(link.organizationId(), link.id(), link.environment(), link.institutionId(), link.institution(),
					link.accessMode(), link.status(), link.externalId(), link.institutionUserId(), link.createdBy(),
					link.refreshRate(), link.credentialsStorage(), link.fetchResources().toArray(String[]::new),
					link.staleIn(), link.credentials(), link.credentialsExpireAt(), link.createdAt(),
					link.lastAccessedAt())
			.update();
	}

	/** After a successful login: valid, accessed now, with the credentials to keep (or none). */
	void markValid(UUID organizationId, UUID id, byte[] credentials, OffsetDateTime credentialsExpireAt,
			OffsetDateTime now) {
		this.jdbc.sql("""
				update links set status = 'valid', credentials = ?, credentials_expire_at = ?, last_accessed_at = ?
				where organization_id = ? and id = ?""")
			.params(credentials, credentialsExpireAt, now, organizationId, id)
			.update();
	}

	void updateStatus(UUID organizationId, UUID id, String status) {
		this.jdbc.sql("update links set status = ? where organization_id = ? and id = ?")
			.params(status, organizationId, id)
			.update();
	}

	void updateSettings(UUID organizationId, UUID id, String accessMode, String refreshRate, String staleIn,
			List<String> fetchResources) {
		this.jdbc.sql("""
				update links set access_mode = ?, refresh_rate = ?, stale_in = ?, fetch_resources = ?
				where organization_id = ? and id = ?""")
			.params(accessMode, refreshRate, staleIn, fetchResources.toArray(String[]::new), organizationId, id)
			.update();
	}

	void touchAccessed(UUID organizationId, UUID id, OffsetDateTime now) {
		this.jdbc.sql("update links set last_accessed_at = ? where organization_id = ? and id = ?")
			.params(now, organizationId, id)
			.update();
	}

	/** Marks the link refreshed now, unless it was refreshed after {@code notSince}: false when it was. */
	boolean claimRefresh(UUID organizationId, UUID id, OffsetDateTime now, OffsetDateTime notSince) {
		return this.jdbc.sql("""
				update links set last_refreshed_at = ?
				where organization_id = ? and id = ? and (last_refreshed_at is null or last_refreshed_at <= ?)""")
			.params(now, organizationId, id, notSince)
			.update() == 1;
	}

	/** Gives a failed refresh's claim back, so the user need not wait for one that did not happen. */
	void restoreRefresh(UUID organizationId, UUID id, OffsetDateTime previous) {
		this.jdbc.sql("update links set last_refreshed_at = ? where organization_id = ? and id = ?")
			.params(previous, organizationId, id)
			.update();
	}

	/** Deletes the link; every table derived from it cascades, so its data goes with it. */
	boolean delete(Caller caller, UUID id) {
		return this.jdbc.sql("delete from links where organization_id = ? and environment = ? and id = ?")
			.params(caller.organizationId(), caller.environment().value(), id)
			.update() > 0;
	}

	static LinkRow mapRow(ResultSet rs, int row) throws SQLException {
		return row(rs);
	}

	static LinkRow row(ResultSet rs) throws SQLException {
		return new LinkRow(rs.getObject("organization_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("environment"), rs.getInt("institution_id"), rs.getString("institution"),
				rs.getString("access_mode"), rs.getString("status"), rs.getString("external_id"),
				rs.getString("institution_user_id"), rs.getObject("created_by", UUID.class),
				rs.getString("refresh_rate"), rs.getString("credentials_storage"),
				Arrays.asList((String[]) rs.getArray("fetch_resources").getArray()), rs.getString("stale_in"),
				rs.getBytes("credentials"), rs.getObject("credentials_expire_at", OffsetDateTime.class),
				rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("last_accessed_at", OffsetDateTime.class),
				rs.getObject("last_refreshed_at", OffsetDateTime.class));
	}

}
