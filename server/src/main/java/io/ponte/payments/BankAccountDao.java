package io.ponte.payments;

import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.Environment;
import io.ponte.api.Filter;
import io.ponte.api.ListQueries;
import io.ponte.api.Lookup;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import java.time.OffsetDateTime;
import java.util.Collection;
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

/** SQL for bank accounts, every statement scoped to the caller's organization, environment and resource version. */
@Repository
class BankAccountDao {

	/** Reads and writes the metadata column; no naming or serialisation settings are involved. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A stored bank account, whichever version it is shown in. */
	record Row(UUID id, ResourceVersion version, UUID institutionId, String institution, UUID customerId,
			String holderType, String holderIdentifierType, String holderIdentifier, String holderName,
			String holderFirstName, String holderLastName, String accountType, String agency, String number,
			UUID externalId, Map<String, String> metadata, boolean active, UUID createdBy, OffsetDateTime createdAt,
			OffsetDateTime updatedAt) {

		BankAccount view() {
			return switch (this.version) {
				case V1 -> new BankAccount.V1(this.id, this.createdAt, this.createdBy, this.customerId,
						this.externalId, this.institutionId,
						new BankAccount.DetailsV1(this.accountType, this.agency, this.number),
						new BankAccount.HolderV1(this.holderType, "INDIVIDUAL".equals(this.holderType)
								? new BankAccount.Individual(this.holderFirstName, this.holderLastName,
										this.holderIdentifierType, this.holderIdentifier)
								: new BankAccount.Business(this.holderName, this.holderIdentifierType,
										this.holderIdentifier)));
				case V2 -> new BankAccount.V2(this.id, this.createdAt, this.updatedAt, this.active,
						new BankAccount.HolderV2(this.holderName, this.holderIdentifier),
						new BankAccount.DetailsV2(this.institutionId, this.accountType, this.agency, this.number),
						this.externalId, this.metadata);
			};
		}

	}

	/** A payment institution as registration and payments need it. */
	record InstitutionRef(UUID id, String name, boolean active, String type, String code) {
	}

	static final RowMapper<Row> ROWS = (rs, row) -> new Row(rs.getObject("id", UUID.class),
			ResourceVersion.valueOf(rs.getString("resource_version")), rs.getObject("institution_id", UUID.class),
			rs.getString("institution"), rs.getObject("customer_id", UUID.class), rs.getString("holder_type"),
			rs.getString("holder_identifier_type"), rs.getString("holder_identifier"), rs.getString("holder_name"),
			rs.getString("holder_first_name"), rs.getString("holder_last_name"), rs.getString("account_type"),
			rs.getString("agency"), rs.getString("number"), rs.getObject("external_id", UUID.class),
			metadata(rs.getString("metadata")), rs.getBoolean("active"), rs.getObject("created_by", UUID.class),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));

	/** The filters of ListBankAccountBrazil, as the spec names them. */
	static final Resource<Row> RESOURCE = Resource.of("payment_bank_accounts", "created_at desc, id", ROWS, List.of(
			Filter.exact("id", ValueType.UUID).only(Lookup.IN),
			Filter.ordered("created_at", ValueType.DATETIME)
				.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
			Filter.exact("number", ValueType.TEXT),
			Filter.exact("customer", "customer_id", ValueType.UUID).only(Lookup.EXACT),
			Filter.exact("external_id", ValueType.UUID),
			Filter.exact("institution", ValueType.TEXT).only(Lookup.EXACT),
			Filter.exact("holder__type", ValueType.choice("INDIVIDUAL", "BUSINESS"))));

	private final JdbcClient jdbc;

	private final ListQueries lists;

	BankAccountDao(JdbcClient jdbc, ListQueries lists) {
		this.jdbc = jdbc;
		this.lists = lists;
	}

	private static Map<String, String> metadata(String json) {
		return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	/** A payment institution of this environment. */
	Optional<InstitutionRef> institution(Environment environment, UUID id) {
		return this.jdbc.sql("select id, name, active, institution_type, code from payment_institutions "
				+ "where environment = :environment and id = :id")
			.param("environment", environment.value())
			.param("id", id)
			.query((rs, row) -> new InstitutionRef(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBoolean("active"), rs.getString("institution_type"), rs.getString("code")))
			.optional();
	}

	void insert(Caller caller, Row row) {
		Map<String, Object> values = new LinkedHashMap<>(caller.scopeParameters());
		values.put("id", row.id());
		values.put("version", row.version().name());
		values.put("institution_id", row.institutionId());
		values.put("institution", row.institution());
		values.put("customer_id", row.customerId());
		values.put("holder_type", row.holderType());
		values.put("holder_identifier_type", row.holderIdentifierType());
		values.put("holder_identifier", row.holderIdentifier());
		values.put("holder_name", row.holderName());
		values.put("holder_first_name", row.holderFirstName());
		values.put("holder_last_name", row.holderLastName());
		values.put("account_type", row.accountType());
		values.put("agency", row.agency());
		values.put("number", row.number());
		values.put("external_id", row.externalId());
		values.put("metadata", JSON.writeValueAsString(row.metadata()));
		values.put("active", row.active());
		values.put("created_by", row.createdBy());
		values.put("created_at", row.createdAt());
		values.put("updated_at", row.updatedAt());
		this.jdbc.sql("""
				insert into payment_bank_accounts (organization_id, environment, id, resource_version, institution_id,
				    institution, customer_id, holder_type, holder_identifier_type, holder_identifier, holder_name,
				    holder_first_name, holder_last_name, account_type, agency, number, external_id, metadata, active,
				    created_by, created_at, updated_at)
				values (:organization_id, :environment, :id, :version, :institution_id, :institution, :customer_id,
				    :holder_type, :holder_identifier_type, :holder_identifier, :holder_name, :holder_first_name,
				    :holder_last_name, :account_type, :agency, :number, :external_id, cast(:metadata as jsonb), :active,
				    :created_by, :created_at, :updated_at)""")
			.params(values)
			.update();
	}

	/** The caller's newest V1 account held by this CPF or CNPJ (how the sandbox resolves a Pix key). */
	Optional<Row> findByHolder(Caller caller, String identifier) {
		return this.jdbc.sql("select * from payment_bank_accounts where organization_id = :organization_id "
				+ "and environment = :environment and resource_version = 'V1' and holder_identifier = :identifier "
				+ "order by created_at desc limit 1")
			.params(caller.scopeParameters())
			.param("identifier", identifier)
			.query(ROWS)
			.optional();
	}

	Optional<Row> find(Caller caller, ResourceVersion version, UUID id) {
		return this.lists.find(RESOURCE, version.scope(caller), Condition.eq("id", id));
	}

	/** These rows of the organization, whatever their version, by id (one query for a page that names them). */
	Map<UUID, Row> byIds(UUID organization, Collection<UUID> ids) {
		return this.lists.byIds(RESOURCE, Condition.eq("organization_id", organization), ids, Row::id);
	}

}
