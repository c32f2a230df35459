package io.ponte.payments;

import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.Filter;
import io.ponte.api.ListQueries;
import io.ponte.api.Lookup;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for customers, every statement scoped to the caller's organization, environment and resource version. */
@Repository
class CustomerDao {

	/** A stored customer, whichever version it is shown in. */
	record Row(UUID id, ResourceVersion version, String customerType, String identifierType, String identifier,
			String name, UUID externalId, String email, String phone, String address, UUID createdBy,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		Customer view() {
			return switch (this.version) {
				case V1 -> new Customer.V1(this.id, this.createdAt, this.createdBy, this.customerType, this.name,
						this.externalId, "BRA", this.email, this.identifier, this.identifierType, this.address,
						this.phone);
				case V2 -> new Customer.V2(this.id, this.createdAt, this.updatedAt, this.name, this.identifier,
						this.externalId);
			};
		}

	}

	static final RowMapper<Row> ROWS = (rs, row) -> new Row(rs.getObject("id", UUID.class),
			ResourceVersion.valueOf(rs.getString("resource_version")), rs.getString("customer_type"),
			rs.getString("identifier_type"), rs.getString("identifier"), rs.getString("name"),
			rs.getObject("external_id", UUID.class), rs.getString("email"), rs.getString("phone"),
			rs.getString("address"), rs.getObject("created_by", UUID.class),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));

	/**
	 * The filters of ListCustomersBrazil, as the spec names them; {@code search} reads the name, the identifier
	 * (bare or as printed) and the external id.
	 */
	static final Resource<Row> RESOURCE = Resource.of("payment_customers", "created_at desc, id", ROWS, List.of(
			Filter.exact("id", ValueType.UUID).only(Lookup.IN),
			Filter.ordered("created_at", ValueType.DATETIME)
				.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
			Filter.exact("customer__type", "customer_type", ValueType.choice("INDIVIDUAL", "BUSINESS"))
				.only(Lookup.EXACT),
			Filter.exact("external_id", ValueType.UUID),
			Filter.containing("search", "search_text", 3)));

	private final JdbcClient jdbc;

	private final ListQueries lists;

	CustomerDao(JdbcClient jdbc, ListQueries lists) {
		this.jdbc = jdbc;
		this.lists = lists;
	}

	/** Stores a new customer; false when the caller already has one with this identifier (in this version). */
	boolean insert(Caller caller, Row row) {
		try {
			insertRow(caller, row);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void insertRow(Caller caller, Row row) {
		this.jdbc.sql("""
				insert into payment_customers (organization_id, environment, id, resource_version, customer_type,
				    identifier_type, identifier, name, external_id, email, phone, address, created_by, created_at,
				    updated_at)
				values (:organization_id, :environment, :id, :version, :customer_type, :identifier_type, :identifier,
				    :name, :external_id, :email, :phone, :address, :created_by, :created_at, :updated_at)""")
			.params(caller.scopeParameters())
			.param("id", row.id())
			.param("version", row.version().name())
			.param("customer_type", row.customerType())
			.param("identifier_type", row.identifierType())
			.param("identifier", row.identifier())
			.param("name", row.name())
			.param("external_id", row.externalId())
			.param("email", row.email())
			.param("phone", row.phone())
			.param("address", row.address())
			.param("created_by", row.createdBy())
			.param("created_at", row.createdAt())
			.param("updated_at", row.updatedAt())
			.update();
	}

	Optional<Row> find(Caller caller, ResourceVersion version, UUID id) {
		return this.lists.find(RESOURCE, version.scope(caller), Condition.eq("id", id));
	}

	/** The caller's customer of this version with this identifier (digits; one at most, by a unique key). */
	Optional<Row> findByIdentifier(Caller caller, ResourceVersion version, String identifier) {
		return this.lists.find(RESOURCE, version.scope(caller), Condition.eq("identifier", identifier));
	}

	/** These rows of the organization, whatever their version, by id (one query for a page that names them). */
	Map<UUID, Row> byIds(UUID organization, Collection<UUID> ids) {
		return this.lists.byIds(RESOURCE, Condition.eq("organization_id", organization), ids, Row::id);
	}

}
