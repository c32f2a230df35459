package io.ponte.consents;

import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.Environment;
import io.ponte.api.ListQueries;
import io.ponte.api.Resource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for consents, scoped to the caller's organization and environment. */
@Repository
class ConsentDao {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A stored consent, with its organization's and institution's names read beside it. */
	record Row(UUID organizationId, Environment environment, UUID id, UUID linkId, String institution,
			String documentNumber, String displayName, String userName, Map<String, List<String>> permissions,
			String status, Integer consentDuration, OffsetDateTime expiredAt, OffsetDateTime createdAt,
			String organizationName, String institutionDisplayName, String institutionIconLogo) {

		Consent view() {
			return new Consent(this.id, this.displayName, this.documentNumber, this.institution,
					this.institutionDisplayName, this.institutionIconLogo, this.organizationName, this.linkId,
					this.userName, this.expiredAt, this.expiredAt == null, this.consentDuration, this.createdAt,
					this.status, this.permissions);
		}

	}

	static final RowMapper<Row> ROWS = (rs, row) -> new Row(rs.getObject("organization_id", UUID.class),
			Environment.of(rs.getString("environment")), rs.getObject("id", UUID.class),
			rs.getObject("link_id", UUID.class), rs.getString("institution"), rs.getString("document_number"),
			rs.getString("display_name"), rs.getString("user_name"), permissions(rs.getString("permissions")),
			rs.getString("status"), (Integer) rs.getObject("consent_duration"),
			rs.getObject("expired_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
			rs.getString("organization_name"), rs.getString("institution_display_name"),
			rs.getString("institution_icon_logo"));

	/**
	 * The list. Its one filter, the person's document ({@code user_document}), is required and normalised to
	 * digits by the controller, so it is no free filter here.
	 */
	static final Resource<Row> RESOURCE = Resource.of("""
			(select c.*, o.name as organization_name, i.display_name as institution_display_name,
			        i.icon_logo as institution_icon_logo
			 from consents c
			 join organizations o on o.id = c.organization_id
			 left join institutions i on i.name = c.institution and i.environment = c.environment) consents_view""",
			"created_at desc, id", ROWS, List.of());

	private final JdbcClient jdbc;

	private final ListQueries lists;

	ConsentDao(JdbcClient jdbc, ListQueries lists) {
		this.jdbc = jdbc;
		this.lists = lists;
	}

	private static Map<String, List<String>> permissions(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() {
		});
	}

	void insert(Caller caller, UUID id, UUID linkId, String institution, String document, String displayName,
			String userName, Map<String, List<String>> permissions, Integer duration, OffsetDateTime expiredAt,
			OffsetDateTime now) {
		Map<String, Object> values = new LinkedHashMap<>(caller.scopeParameters());
		values.put("id", id);
		values.put("link", linkId);
		values.put("institution", institution);
		values.put("document", document);
		values.put("display_name", displayName);
		values.put("user_name", userName);
		values.put("permissions", JSON.writeValueAsString(permissions));
		values.put("duration", duration);
		values.put("expired_at", expiredAt);
		values.put("now", now);
		this.jdbc.sql("""
				insert into consents (organization_id, environment, id, link_id, institution, document_number,
				    display_name, user_name, permissions, status, consent_duration, expired_at, created_at, updated_at)
				values (:organization_id, :environment, :id, :link, :institution, :document, :display_name, :user_name,
				    cast(:permissions as jsonb), 'AUTHORISED', :duration, :expired_at, :now, :now)""")
			.params(values)
			.update();
	}

	Optional<Row> find(Caller caller, UUID id) {
		return this.lists.find(RESOURCE, caller.scope(), Condition.eq("id", id));
	}

	/** The person's consents with this organization, newest first. */
	List<Row> ofDocument(Caller caller, String document) {
		return this.lists.all(RESOURCE, caller.scope().and(Condition.eq("document_number", document)));
	}

	/** Ends an authorised consent as REJECTED, revoked by its person; false when it was no longer authorised. */
	boolean revoke(UUID organization, UUID id, OffsetDateTime now) {
		return this.jdbc.sql("""
				update consents set status = 'REJECTED', revoked_at = :now, updated_at = :now
				where organization_id = :organization and id = :id and status = 'AUTHORISED'""")
			.param("now", now)
			.param("organization", organization)
			.param("id", id)
			.update() == 1;
	}

	/** Ends, as EXPIRED, every authorised consent whose expiry passed by its organization's clock. */
	int expireDue(OffsetDateTime realNow) {
		return this.jdbc.sql("""
				update consents c set status = 'EXPIRED', updated_at = :now
				from consents d
				left join sandbox_clocks k on k.organization_id = d.organization_id and d.environment = 'sandbox'
				where c.organization_id = d.organization_id and c.id = d.id
				  and d.status = 'AUTHORISED' and d.expired_at is not null
				  and d.expired_at <= :now + coalesce(k.offset_ms, 0) * interval '1 millisecond'""")
			.param("now", realNow)
			.update();
	}

	/** Authorised consents whose expiry, by their organization's clock, comes within {@code horizon}. */
	List<Row> expiringWithin(OffsetDateTime realNow, Duration horizon) {
		String sql = "select consents_view.* from " + RESOURCE.from() + """
				 left join sandbox_clocks k on k.organization_id = consents_view.organization_id
				     and consents_view.environment = 'sandbox'
				where consents_view.status = 'AUTHORISED' and consents_view.expired_at is not null
				  and consents_view.expired_at <= :now + coalesce(k.offset_ms, 0) * interval '1 millisecond'
				      + :horizon * interval '1 second'
				  and consents_view.expiry_announced_at is null
				limit 500""";
		return this.jdbc.sql(sql)
			.param("now", realNow)
			.param("horizon", horizon.toSeconds())
			.query(ROWS)
			.list();
	}

	void markAnnounced(UUID organization, UUID id, OffsetDateTime now) {
		this.jdbc.sql("update consents set expiry_announced_at = :now where organization_id = :organization and id = :id")
			.param("now", now)
			.param("organization", organization)
			.param("id", id)
			.update();
	}

}
