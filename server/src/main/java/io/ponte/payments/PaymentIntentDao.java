package io.ponte.payments;

import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.Environment;
import io.ponte.api.Filter;
import io.ponte.api.ListQueries;
import io.ponte.api.Lookup;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for payment intents and their status history. A status changes only through {@link #move}, which updates
 * the intent if it is still in one of the statuses the change starts from and appends the history row in the same
 * transaction: two requests racing on one intent cannot both move it.
 */
@Repository
class PaymentIntentDao {

	/** Reads and writes the metadata column; no naming or serialisation settings are involved. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A stored payment intent. */
	record Row(UUID organizationId, Environment environment, UUID id, UUID customerId, String payerType,
			UUID externalId, BigDecimal amount, String description, String statementDescription,
			String beneficiaryKind, UUID beneficiaryBankAccountId, String pixKey, UUID payerInstitutionId,
			String payerCpf, String callbackUrl, LocalDate scheduleDate, String status, OffsetDateTime confirmedAt,
			String consentToken, OffsetDateTime consentExpiresAt, String payerDecision, String failureCode,
			String failureMessage, String providerRequestId, String endToEndId, LocalDate settlementDate,
			Map<String, String> metadata, UUID createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		boolean byPixKey() {
			return "pix_key".equals(this.beneficiaryKind);
		}

		/** The caller that owns this intent, for work done outside a request (the payer bank, the clock). */
		Caller owner() {
			return new Caller(this.organizationId, this.createdBy, this.environment);
		}

	}

	/** A status an intent took. */
	record HistoryRow(int sequence, String fromStatus, String toStatus, String reason, String failureCode,
			OffsetDateTime at) {
	}

	static final RowMapper<Row> ROWS = (rs, row) -> new Row(rs.getObject("organization_id", UUID.class),
			Environment.of(rs.getString("environment")), rs.getObject("id", UUID.class),
			rs.getObject("customer_id", UUID.class), rs.getString("payer_type"),
			rs.getObject("external_id", UUID.class), rs.getBigDecimal("amount"), rs.getString("description"),
			rs.getString("statement_description"), rs.getString("beneficiary_kind"),
			rs.getObject("beneficiary_bank_account_id", UUID.class), rs.getString("pix_key"),
			rs.getObject("payer_institution_id", UUID.class), rs.getString("payer_cpf"), rs.getString("callback_url"),
			rs.getObject("schedule_date", LocalDate.class), rs.getString("status"),
			rs.getObject("confirmed_at", OffsetDateTime.class), rs.getString("consent_token"),
			rs.getObject("consent_expires_at", OffsetDateTime.class), rs.getString("payer_decision"),
			rs.getString("failure_code"), rs.getString("failure_message"), rs.getString("provider_request_id"),
			rs.getString("end_to_end_id"), rs.getObject("settlement_date", LocalDate.class),
			metadata(rs.getString("metadata")), rs.getObject("created_by", UUID.class),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));

	static final Set<String> STATUSES = Set.of("REQUIRES_PAYMENT_METHOD", "REQUIRES_ACTION", "PROCESSING",
			"SUCCEEDED", "FAILED");

	/**
	 * The filters of ListPaymentIntentsBrazil, as the spec names them. Every intent is Belvo's provider and the
	 * {@code open_finance} method, so those two filters match all or nothing; {@code search} reads the description.
	 */
	static final Resource<Row> RESOURCE = Resource.of("payment_intents", "created_at desc, id", ROWS, List.of(
			Filter.exact("id", ValueType.UUID).only(Lookup.IN),
			Filter.ordered("amount", ValueType.DECIMAL),
			Filter.ordered("created_at", ValueType.DATETIME),
			Filter.ordered("updated_at", ValueType.DATETIME),
			Filter.exact("customer", "customer_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
			Filter.exact("external_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
			Filter.exact("status", ValueType.choice(STATUSES.toArray(String[]::new))).only(Lookup.EXACT, Lookup.IN),
			Filter.exact("provider", "'belvo'", ValueType.choice("belvo")).only(Lookup.EXACT),
			Filter.exact("payment_method_type", "'open_finance'",
					ValueType.choice("open_finance", "open_finance_biometric_pix")).only(Lookup.EXACT),
			Filter.containing("search", "description", 3)))
		.orderable("updated_at", "updated_at, id")
		.orderable("-updated_at", "updated_at desc, id");

	private final JdbcClient jdbc;

	private final ListQueries lists;

	PaymentIntentDao(JdbcClient jdbc, ListQueries lists) {
		this.jdbc = jdbc;
		this.lists = lists;
	}

	private static Map<String, String> metadata(String json) {
		return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	/** Stores a new intent with the first row of its history. */
	void insert(Row row) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organization_id", row.organizationId());
		values.put("environment", row.environment().value());
		values.put("id", row.id());
		values.put("customer_id", row.customerId());
		values.put("payer_type", row.payerType());
		values.put("external_id", row.externalId());
		values.put("amount", row.amount());
		values.put("description", row.description());
		values.put("statement_description", row.statementDescription());
		values.put("beneficiary_kind", row.beneficiaryKind());
		values.put("beneficiary_bank_account_id", row.beneficiaryBankAccountId());
		values.put("pix_key", row.pixKey());
		values.put("payer_institution_id", row.payerInstitutionId());
		values.put("payer_cpf", row.payerCpf());
		values.put("callback_url", row.callbackUrl());
		values.put("schedule_date", row.scheduleDate());
		values.put("status", row.status());
		values.put("metadata", JSON.writeValueAsString(row.metadata()));
		values.put("created_by", row.createdBy());
		values.put("created_at", row.createdAt());
		values.put("updated_at", row.updatedAt());
		String columns = String.join(", ", values.keySet());
		String parameters = values.keySet()
			.stream()
			.map(name -> name.equals("metadata") ? "cast(:metadata as jsonb)" : ":" + name)
			.collect(Collectors.joining(", "));
		this.jdbc.sql("insert into payment_intents (" + columns + ") values (" + parameters + ")").params(values).update();
		appendHistory(row.organizationId(), row.id(), null, row.status(), "created", null, row.createdAt());
	}

	Optional<Row> find(Caller caller, UUID id) {
		return this.lists.find(RESOURCE, caller.scope(), Condition.eq("id", id));
	}

	/** The intent whose payer bank consent page this token opens. */
	Optional<Row> findByConsentToken(String token) {
		return this.jdbc.sql("select * from payment_intents where consent_token = :token")
			.param("token", token)
			.query(ROWS)
			.optional();
	}

	/** The intent, locked until the transaction ends (for changes that read before they write). */
	Optional<Row> lock(UUID organization, UUID id) {
		return this.jdbc.sql("select * from payment_intents where organization_id = :organization and id = :id for update")
			.param("organization", organization)
			.param("id", id)
			.query(ROWS)
			.optional();
	}

	/**
	 * Moves the intent to {@code to} if it is in one of {@code from}, setting {@code columns} (internal column
	 * names) with it, and appends the history row. Empty when the intent was not in {@code from}: another change
	 * came first.
	 */
	Optional<Row> move(UUID organization, UUID id, Set<String> from, String to, String reason,
			Map<String, Object> columns, OffsetDateTime at) {
		Map<String, Object> values = new LinkedHashMap<>(columns);
		StringBuilder sets = new StringBuilder("status = :to, updated_at = :at");
		for (String column : columns.keySet()) {
			sets.append(", ").append(column).append(" = :").append(column);
		}
		values.put("to", to);
		values.put("at", at);
		values.put("organization", organization);
		values.put("id", id);
		values.put("from", from.toArray(String[]::new));
		Optional<Row> previous = lock(organization, id).filter(row -> from.contains(row.status()));
		if (previous.isEmpty()) {
			return Optional.empty();
		}
		Row moved = this.jdbc.sql("update payment_intents set " + sets + " where organization_id = :organization "
				+ "and id = :id and status = any (:from) returning *")
			.params(values)
			.query(ROWS)
			.single();
		appendHistory(organization, id, previous.get().status(), to, reason, moved.failureCode(), at);
		return Optional.of(moved);
	}

	/** Sets columns that do not change the status (the payer's choice of institution, for example). */
	Row update(UUID organization, UUID id, Map<String, Object> columns, OffsetDateTime at) {
		Map<String, Object> values = new LinkedHashMap<>(columns);
		StringBuilder sets = new StringBuilder("updated_at = :at");
		for (String column : columns.keySet()) {
			sets.append(", ").append(column).append(" = :").append(column);
		}
		values.put("at", at);
		values.put("organization", organization);
		values.put("id", id);
		return this.jdbc.sql("update payment_intents set " + sets
				+ " where organization_id = :organization and id = :id returning *")
			.params(values)
			.query(ROWS)
			.single();
	}

	private void appendHistory(UUID organization, UUID intent, String from, String to, String reason,
			String failureCode, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into payment_intent_history (organization_id, payment_intent_id, sequence, from_status, to_status,
				    reason, failure_code, at)
				select :organization, :intent, coalesce(max(sequence), 0) + 1, :from, :to, :reason, :failure_code, :at
				from payment_intent_history where organization_id = :organization and payment_intent_id = :intent""")
			.param("organization", organization)
			.param("intent", intent)
			.param("from", from)
			.param("to", to)
			.param("reason", reason)
			.param("failure_code", failureCode)
			.param("at", at)
			.update();
	}

	/** The intent's statuses, oldest first. */
	List<HistoryRow> history(UUID organization, UUID intent) {
		return this.jdbc.sql("""
				select sequence, from_status, to_status, reason, failure_code, at from payment_intent_history
				where organization_id = :organization and payment_intent_id = :intent order by sequence""")
			.param("organization", organization)
			.param("intent", intent)
			.query((rs, row) -> new HistoryRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/** Intents awaiting the payer whose consent lapsed by their organization's clock. */
	List<Row> consentsLapsed(OffsetDateTime realNow, int limit) {
		return this.jdbc.sql("""
				select i.* from payment_intents i
				left join sandbox_clocks c on c.organization_id = i.organization_id and i.environment = 'sandbox'
				where i.status = 'REQUIRES_ACTION' and i.consent_expires_at is not null
				  and i.consent_expires_at <= :now + coalesce(c.offset_ms, 0) * interval '1 millisecond'
				order by i.consent_expires_at limit :limit""")
			.param("now", realNow)
			.param("limit", limit)
			.query(ROWS)
			.list();
	}

}
