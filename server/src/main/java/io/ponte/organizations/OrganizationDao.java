package io.ponte.organizations;

import io.ponte.api.Environment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for organizations and their API keys. */
@Repository
class OrganizationDao {

	private final JdbcClient jdbc;

	OrganizationDao(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insertOrganization(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into organizations (id, name) values (?, ?)").params(id, name).update();
		return id;
	}

	boolean organizationExists(UUID id) {
		return this.jdbc.sql("select count(*) from organizations where id = ?").param(id).query(Long.class).single() > 0;
	}

	Optional<UUID> findOrganizationByName(String name) {
		return this.jdbc.sql("select id from organizations where name = ? order by created_at, id limit 1")
			.param(name)
			.query(UUID.class)
			.optional();
	}

	void insertKey(ApiKeyRow key) {
		this.jdbc.sql("""
				insert into api_keys (organization_id, id, secret_id, secret_hash, environment, description)
				values (?, ?, ?, ?, ?, ?)""")
			.params(key.organizationId(), key.id(), key.secretId(), key.secretHash(), key.environment().value(),
					key.description())
			.update();
	}

	void updateKeyHash(String secretId, String secretHash) {
		this.jdbc.sql("update api_keys set secret_hash = ?, revoked_at = null, expires_at = null where secret_id = ?")
			.params(secretHash, secretId)
			.update();
	}

	int revokeKey(String secretId) {
		return this.jdbc.sql("update api_keys set revoked_at = now() where secret_id = ? and revoked_at is null")
			.param(secretId)
			.update();
	}

	/** Sets the key's expiry, unless it already expires earlier; returns the expiry in force. */
	OffsetDateTime expireKey(String secretId, Instant at) {
		return this.jdbc.sql("""
				update api_keys set expires_at = least(coalesce(expires_at, 'infinity'), ?)
				where secret_id = ? returning expires_at""")
			.params(at.atOffset(ZoneOffset.UTC), secretId)
			.query(OffsetDateTime.class)
			.single();
	}

	/** The key, locked until the transaction ends, so two rotations of one key take turns. */
	Optional<ApiKeyRow> lockKey(String secretId) {
		return this.jdbc.sql("select * from api_keys where secret_id = ? for update")
			.param(secretId)
			.query(OrganizationDao::keyRow)
			.optional();
	}

	Optional<ApiKeyRow> findKey(String secretId) {
		return this.jdbc.sql("select * from api_keys where secret_id = ?")
			.param(secretId)
			.query(OrganizationDao::keyRow)
			.optional();
	}

	List<ApiKeyRow> listKeys() {
		return this.jdbc.sql("select * from api_keys order by created_at, secret_id").query(OrganizationDao::keyRow).list();
	}

	long countKeys() {
		return this.jdbc.sql("select count(*) from api_keys").query(Long.class).single();
	}

	/** Serialises bootstrap across server instances that start together on one database. */
	void lockBootstrap() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('ponte.bootstrap'))").query().singleRow();
	}

	private static ApiKeyRow keyRow(ResultSet rs, int row) throws SQLException {
		return new ApiKeyRow(rs.getObject("organization_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("secret_id"), rs.getString("secret_hash"), Environment.of(rs.getString("environment")),
				rs.getString("description"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class));
	}

}
