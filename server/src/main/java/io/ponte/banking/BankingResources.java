package io.ponte.banking;

import static io.ponte.api.Filter.exact;
import static io.ponte.api.Filter.ordered;

import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.RawJson;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import io.ponte.banking.StoredResource.DateWindow;
import io.ponte.connectors.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The banking resources this server stores and serves, with the filters the spec lists for each. The shared
 * controller, retrieval and storage code does the rest.
 */
@Component
class BankingResources {

	private static final Filter LINK = exact("link", "link_id", ValueType.UUID);

	private static final Filter ID = exact("id", "id", ValueType.UUID);

	private static final Filter CREATED_AT = ordered("created_at", "created_at", ValueType.DATETIME)
		.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE);

	private static final Filter COLLECTED_AT = ordered("collected_at", "collected_at", ValueType.DATETIME)
		.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE);

	static final StoredResource ACCOUNTS = new StoredResource("/api/accounts/", ResourceKind.ACCOUNTS, "accounts",
			"account_items", "created_at desc, id",
			List.of(Column.at("category", "text", "category"), Column.at("type", "text", "type"),
					Column.at("currency", "text", "currency"), Column.at("name", "text", "name"),
					Column.at("number", "text", "number"),
					Column.at("public_identification_name", "text", "public_identification_name"),
					Column.at("public_identification_value", "text", "public_identification_value"),
					Column.at("balance_current", "numeric", "balance", "current"),
					Column.at("balance_available", "numeric", "balance", "available")),
			null, null, DateWindow.NONE, false, true, true,
			List.of(LINK, ID, CREATED_AT, ordered("balance__available", "balance_available", ValueType.DECIMAL),
					ordered("balance__current", "balance_current", ValueType.DECIMAL),
					exact("category", "category", ValueType.TEXT), exact("currency", "currency", ValueType.TEXT),
					exact("institution", "institution", ValueType.TEXT),
					exact("name", "name", ValueType.TEXT).only(Lookup.EXACT, Lookup.ICONTAINS),
					exact("number", "number", ValueType.TEXT),
					exact("public_identification_name", "public_identification_name", ValueType.TEXT)
						.only(Lookup.EXACT),
					exact("public_identification_value", "public_identification_value", ValueType.TEXT)
						.only(Lookup.EXACT),
					exact("type", "type", ValueType.TEXT).only(Lookup.EXACT)));

	static final StoredResource OWNERS = new StoredResource("/api/owners/", ResourceKind.OWNERS, "owners",
			"owner_items", "created_at desc, id",
			List.of(Column.at("email", "text", "email"), Column.at("display_name", "text", "display_name")), null,
			null, DateWindow.NONE, false, true, true,
			List.of(LINK, ID, CREATED_AT, exact("email", "email", ValueType.TEXT).only(Lookup.EXACT),
					exact("display_name", "display_name", ValueType.TEXT).only(Lookup.ICONTAINS)));

	static final StoredResource TRANSACTIONS = new StoredResource("/api/transactions/", ResourceKind.TRANSACTIONS,
			"transactions", "transaction_items", "value_date desc, id",
			List.of(Column.at("value_date", "date", "value_date"),
					Column.at("accounting_date", "timestamptz", "accounting_date"),
					Column.at("amount", "numeric", "amount"), Column.at("currency", "text", "currency"),
					Column.at("reference", "text", "reference"), Column.at("status", "text", "status"),
					Column.at("type", "text", "type"), Column.at("bill_name", "text", "credit_card_data", "bill_name")),
			new StoredResource.Reference("account", ACCOUNTS, "account_id"), "account", DateWindow.REQUIRED, true,
			true, true,
			List.of(LINK, ID, CREATED_AT, COLLECTED_AT, exact("account", "account_id", ValueType.UUID),
					ordered("account__balance__available", "account_balance_available", ValueType.DECIMAL),
					ordered("account__balance__current", "account_balance_current", ValueType.DECIMAL),
					exact("account_type", "account_type", ValueType.TEXT),
					ordered("accounting_date", "accounting_date", ValueType.DATETIME)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					ordered("amount", "amount", ValueType.DECIMAL), exact("currency", "currency", ValueType.TEXT),
					exact("credit_card_data__bill_name", "bill_name", ValueType.TEXT).only(Lookup.IN),
					exact("reference", "reference", ValueType.TEXT), exact("status", "status", ValueType.TEXT),
					exact("type", "type", ValueType.TEXT), ordered("value_date", "value_date", ValueType.DATE)));

	/** Brazilian balances: {@code account_id} is the account's server id, also the retrieval's narrowing key. */
	static final StoredResource BALANCES = new StoredResource("/api/br/balances/", ResourceKind.BALANCES,
			"balances", "balance_items", "created_at desc, id", List.of(),
			new StoredResource.Reference("account_id", ACCOUNTS, "account_id"), "account_id", DateWindow.NONE, true,
			false, false,
			List.of(LINK, ID, CREATED_AT, COLLECTED_AT, exact("account", "account_id", ValueType.UUID)));

	static final StoredResource BILLS = new StoredResource("/api/bills/", ResourceKind.BILLS, "bills", "bill_items",
			"due_date desc, id", List.of(Column.at("due_date", "date", "due_date")),
			new StoredResource.Reference("account", ACCOUNTS, "account_id"), null, DateWindow.NONE, true, false, true,
			List.of(LINK.only(Lookup.EXACT), ID, CREATED_AT,
					COLLECTED_AT.only(Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					exact("account", "account_id", ValueType.UUID),
					ordered("due_date", "due_date", ValueType.DATE)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE)));

	static final StoredResource INVESTMENTS = new StoredResource("/api/br/investments/", ResourceKind.INVESTMENTS,
			"investments", "investment_items", "created_at desc, id", List.of(Column.at("type", "text", "type")),
			null, null, DateWindow.NONE, true, false, true,
			List.of(LINK, ID, CREATED_AT, exact("type", "type", ValueType.TEXT)));

	/** Transactions of investments: each renders its investment, as {@code investment}. */
	static final StoredResource INVESTMENT_TRANSACTIONS = new StoredResource("/api/br/investment-transactions/",
			ResourceKind.INVESTMENT_TRANSACTIONS, "investment_transactions", "investment_transaction_items",
			"value_date desc, id",
			List.of(Column.at("value_date", "date", "value_date"), Column.at("type", "text", "type")),
			new StoredResource.Reference("investment", INVESTMENTS, "investment_id"), null, DateWindow.OPTIONAL,
			true, false, true, List.of(LINK, ID, CREATED_AT, exact("type", "type", ValueType.TEXT)));

	/** Foreign-exchange operations; their events are served by {@link ExchangeHistoryController}. */
	static final StoredResource EXCHANGES = new StoredResource("/api/br/exchanges/", ResourceKind.EXCHANGES,
			"exchanges", "exchange_items", "operation_requested_at desc, id",
			List.of(Column.at("operation_requested_at", "timestamptz", "operation_requested_at")), null, null,
			DateWindow.OPTIONAL, true, false, true, List.of(LINK, ID, CREATED_AT, COLLECTED_AT));

	private final Map<String, Registered> byPath = new LinkedHashMap<>();

	BankingResources() {
		for (StoredResource resource : List.of(ACCOUNTS, OWNERS, TRANSACTIONS, BALANCES, BILLS, INVESTMENTS,
				INVESTMENT_TRANSACTIONS, EXCHANGES)) {
			this.byPath.put(resource.path(), new Registered(resource, resource.listing()));
		}
	}

	/** A stored resource and its list definition, built once. */
	record Registered(StoredResource resource, Resource<RawJson> listing) {
	}

	Optional<Registered> byPath(String path) {
		return Optional.ofNullable(this.byPath.get(path));
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection accountsCollection() {
		return ACCOUNTS;
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection ownersCollection() {
		return OWNERS;
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection transactionsCollection() {
		return TRANSACTIONS;
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection balancesCollection() {
		return BALANCES;
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection billsCollection() {
		return BILLS;
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection investmentsCollection() {
		return INVESTMENTS;
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection investmenttransactionsCollection() {
		return INVESTMENT_TRANSACTIONS;
	}

	@org.springframework.context.annotation.Bean
	static io.ponte.api.ApiCollection exchangesCollection() {
		return EXCHANGES;
	}


	List<StoredResource> all() {
		List<StoredResource> all = new ArrayList<>();
		this.byPath.values().forEach(r -> all.add(r.resource()));
		return all;
	}

}
