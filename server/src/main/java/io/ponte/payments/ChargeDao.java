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
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for charges and payment transactions. A charge's status changes only through {@link #settle} and
 * {@link #move}, conditional on the status it leaves, so an outcome is recorded once however many instances
 * try.
 */
@Repository
class ChargeDao {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final Set<String> STATUSES = Set.of("CANCELED", "PENDING", "SCHEDULED", "SUCCEEDED", "FAILED", "PARTIAL");

	/** Statuses from which a charge may still run. */
	static final Set<String> OPEN = Set.of("PENDING", "SCHEDULED");

	/** A charge with what it shows of its intent ({@code payment_charges_view}). */
	record Row(UUID organizationId, Environment environment, UUID id, UUID paymentIntentId, UUID customerId,
			String status, BigDecimal amount, OffsetDateTime executeAt, String payerAccountType,
			String payerAccountAgency, String payerAccountNumber, String failureCode, String failureMessage,
			UUID createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, String description,
			String statementDescription, Map<String, String> metadata, String beneficiaryKind,
			UUID beneficiaryBankAccountId, String pixKey, UUID payerInstitutionId, LocalDate scheduleDate,
			String providerRequestId, String endToEndId, LocalDate settlementDate, String consentToken) {
	}

	/** A payment transaction. */
	record TransactionRow(UUID id, UUID chargeId, UUID paymentIntentId, UUID customerId, BigDecimal amount,
			String currency, String description, String transactionType, UUID beneficiaryId, UUID payerId,
			UUID createdBy, OffsetDateTime createdAt) {

		PaymentIntent.Transaction view() {
			return new PaymentIntent.Transaction(this.id, this.createdAt, this.createdBy, Money.text(this.amount),
					this.currency, this.description, this.transactionType, this.beneficiaryId, Map.of(),
					this.paymentIntentId, this.customerId, this.chargeId);
		}

	}

	static final RowMapper<Row> ROWS = (rs, row) -> new Row(rs.getObject("organization_id", UUID.class),
			Environment.of(rs.getString("environment")), rs.getObject("id", UUID.class),
			rs.getObject("payment_intent_id", UUID.class), rs.getObject("customer_id", UUID.class),
			rs.getString("status"), rs.getBigDecimal("amount"), rs.getObject("execute_at", OffsetDateTime.class),
			rs.getString("payer_account_type"), rs.getString("payer_account_agency"),
			rs.getString("payer_account_number"), rs.getString("failure_code"), rs.getString("failure_message"),
			rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
			rs.getObject("updated_at", OffsetDateTime.class), rs.getString("description"),
			rs.getString("statement_description"), metadata(rs.getString("metadata")),
			rs.getString("beneficiary_kind"), rs.getObject("beneficiary_bank_account_id", UUID.class),
			rs.getString("pix_key"), rs.getObject("payer_institution_id", UUID.class),
			rs.getObject("schedule_date", LocalDate.class), rs.getString("provider_request_id"),
			rs.getString("end_to_end_id"), rs.getObject("settlement_date", LocalDate.class),
			rs.getString("consent_token"));

	static final RowMapper<TransactionRow> TRANSACTIONS = (rs, row) -> new TransactionRow(
			rs.getObject("id", UUID.class), rs.getObject("charge_id", UUID.class),
			rs.getObject("payment_intent_id", UUID.class), rs.getObject("customer_id", UUID.class),
			rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("description"),
			rs.getString("transaction_type"), rs.getObject("beneficiary_id", UUID.class),
			rs.getObject("payer_id", UUID.class), rs.getObject("created_by", UUID.class),
			rs.getObject("created_at", OffsetDateTime.class));

	private static final Filter STATUS = Filter.exact("status", ValueType.choice(STATUSES.toArray(String[]::new)))
		.only(Lookup.EXACT, Lookup.IN);

	/** The filters of ListAllChargesBrazil. */
	static final Resource<Row> RESOURCE = Resource.of("payment_charges_view", "created_at desc, id", ROWS, List.of(
			Filter.exact("id", ValueType.UUID).only(Lookup.IN),
			Filter.ordered("amount", ValueType.DECIMAL).only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE),
			Filter.ordered("created_at", ValueType.DATETIME)
				.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
			Filter.exact("payment_intent", "payment_intent_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
			STATUS));

	/** The filters of ListChargesBrazil (one intent's charges). */
	static final Resource<Row> OF_INTENT = Resource.of("payment_charges_view", "created_at desc, id", ROWS,
			List.of(STATUS));

	/** The filters of ListPaymentTransactionsBrazil. */
	static final Resource<TransactionRow> TRANSACTION_RESOURCE = Resource.of("payment_transactions",
			"created_at desc, id", TRANSACTIONS, List.of(
					Filter.exact("id", ValueType.UUID).only(Lookup.IN),
					Filter.ordered("created_at", ValueType.DATETIME)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					Filter.exact("charge", "charge_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
					Filter.exact("beneficiary", "beneficiary_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
					Filter.exact("payer", "payer_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
					Filter.exact("customer", "customer_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
					Filter.exact("payment_intent", "payment_intent_id", ValueType.UUID).only(Lookup.EXACT, Lookup.IN),
					Filter.exact("transaction__type", "transaction_type", ValueType.choice("INFLOW", "OUTFLOW"))
						.only(Lookup.EXACT),
					Filter.exact("currency", ValueType.TEXT).only(Lookup.EXACT),
					Filter.exact("description", ValueType.TEXT).only(Lookup.EXACT),
					Filter.ordered("amount", ValueType.DECIMAL)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE)));

	private final JdbcClient jdbc;

	private final ListQueries lists;

	ChargeDao(JdbcClient jdbc, ListQueries lists) {
		this.jdbc = jdbc;
		this.lists = lists;
	}

	private static Map<String, String> metadata(String json) {
		return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	/** A new charge of an intent. */
	UUID insert(PaymentIntentDao.Row intent, String status, String failureCode, String failureMessage,
			OffsetDateTime at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into payment_charges (organization_id, environment, id, payment_intent_id, customer_id, status,
				    amount, failure_code, failure_message, created_by, created_at, updated_at)
				values (:organization, :environment, :id, :intent, :customer, :status, :amount, :failure_code,
				    :failure_message, :created_by, :at, :at)""")
			.param("organization", intent.organizationId())
			.param("environment", intent.environment().value())
			.param("id", id)
			.param("intent", intent.id())
			.param("customer", intent.customerId())
			.param("status", status)
			.param("amount", intent.amount())
			.param("failure_code", failureCode)
			.param("failure_message", failureMessage)
			.param("created_by", intent.createdBy())
			.param("at", at)
			.update();
		return id;
	}

	Optional<Row> find(Caller caller, UUID id) {
		return this.lists.find(RESOURCE, caller.scope(), Condition.eq("id", id));
	}

	Optional<Row> find(UUID organization, UUID id) {
		return this.jdbc.sql("select * from payment_charges_view where organization_id = :organization and id = :id")
			.param("organization", organization)
			.param("id", id)
			.query(ROWS)
			.optional();
	}

	/** The open charge of an intent (one-off intents have one at most). */
	Optional<Row> openOf(UUID organization, UUID intent) {
		return this.jdbc.sql("""
				select * from payment_charges_view where organization_id = :organization and payment_intent_id = :intent
				  and status in ('PENDING', 'SCHEDULED') order by created_at desc limit 1""")
			.param("organization", organization)
			.param("intent", intent)
			.query(ROWS)
			.optional();
	}

	/** The charges of these intents, newest first. */
	List<Row> ofIntents(UUID organization, List<UUID> intents) {
		if (intents.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from payment_charges_view where organization_id = :organization
				  and payment_intent_id = any (:intents) order by created_at desc, id""")
			.param("organization", organization)
			.param("intents", intents.toArray(UUID[]::new))
			.query(ROWS)
			.list();
	}

	/** The transactions of these charges. */
	List<TransactionRow> transactionsOf(UUID organization, List<UUID> charges) {
		if (charges.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from payment_transactions where organization_id = :organization and charge_id = any (:charges)
				order by created_at, id""")
			.param("organization", organization)
			.param("charges", charges.toArray(UUID[]::new))
			.query(TRANSACTIONS)
			.list();
	}

	Optional<TransactionRow> transaction(Caller caller, UUID id) {
		return this.lists.find(TRANSACTION_RESOURCE, caller.scope(), Condition.eq("id", id));
	}

	/** Sets when the charge runs (by its organization's clock) and its status, if it is still open. */
	boolean plan(UUID organization, UUID id, String status, OffsetDateTime executeAt, OffsetDateTime at) {
		return this.jdbc.sql("""
				update payment_charges set status = :status, execute_at = :execute_at, updated_at = :at
				where organization_id = :organization and id = :id and status in ('PENDING', 'SCHEDULED')""")
			.param("status", status)
			.param("execute_at", executeAt)
			.param("at", at)
			.param("organization", organization)
			.param("id", id)
			.update() == 1;
	}

	/** Ends an open charge: SUCCEEDED, FAILED or CANCELED. False when it was no longer open. */
	boolean close(UUID organization, UUID id, String status, String failureCode, String failureMessage,
			PayerAccount payer, OffsetDateTime at) {
		return this.jdbc.sql("""
				update payment_charges set status = :status, failure_code = :failure_code,
				    failure_message = :failure_message, payer_account_type = :type, payer_account_agency = :agency,
				    payer_account_number = :number, execute_at = null, updated_at = :at
				where organization_id = :organization and id = :id and status in ('PENDING', 'SCHEDULED')""")
			.param("status", status)
			.param("failure_code", failureCode)
			.param("failure_message", failureMessage)
			.param("type", payer == null ? null : payer.type())
			.param("agency", payer == null ? null : payer.agency())
			.param("number", payer == null ? null : payer.number())
			.param("at", at)
			.param("organization", organization)
			.param("id", id)
			.update() == 1;
	}

	/** The payer's account a charge was paid from, as the payer bank reports it. */
	record PayerAccount(String type, String agency, String number) {
	}

	/** Records the INFLOW of a charge that succeeded; returns its id. */
	UUID insertInflow(Row charge, OffsetDateTime at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into payment_transactions (organization_id, environment, id, charge_id, payment_intent_id,
				    customer_id, amount, currency, description, transaction_type, beneficiary_id, created_by, created_at)
				values (:organization, :environment, :id, :charge, :intent, :customer, :amount, 'BRL', :description,
				    'INFLOW', :beneficiary, :created_by, :at)""")
			.param("organization", charge.organizationId())
			.param("environment", charge.environment().value())
			.param("id", id)
			.param("charge", charge.id())
			.param("intent", charge.paymentIntentId())
			.param("customer", charge.customerId())
			.param("amount", charge.amount())
			.param("description", charge.description())
			.param("beneficiary", charge.beneficiaryBankAccountId())
			.param("created_by", charge.createdBy())
			.param("at", at)
			.update();
		return id;
	}

	/** Open charges due by their organization's clock that no job holds yet. */
	List<Row> due(OffsetDateTime realNow, String task, int limit) {
		return this.jdbc.sql("""
				select v.* from payment_charges_view v
				left join sandbox_clocks c on c.organization_id = v.organization_id and v.environment = 'sandbox'
				where v.status in ('PENDING', 'SCHEDULED') and v.execute_at is not null
				  and v.execute_at <= :now + coalesce(c.offset_ms, 0) * interval '1 millisecond'
				  and not exists (select 1 from scheduled_tasks t where t.task_name = :task
				                  and t.task_instance = v.id::text)
				order by v.execute_at limit :limit""")
			.param("now", realNow)
			.param("task", task)
			.param("limit", limit)
			.query(ROWS)
			.list();
	}

}
