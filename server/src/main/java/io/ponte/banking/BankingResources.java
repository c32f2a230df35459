package io.ponte.banking;

import static io.ponte.api.Filter.exact;
import static io.ponte.api.Filter.ordered;
import static io.ponte.resources.StoredFilters.COLLECTED_AT;
import static io.ponte.resources.StoredFilters.CREATED_AT;
import static io.ponte.resources.StoredFilters.ID;
import static io.ponte.resources.StoredFilters.LINK;

import io.ponte.api.Lookup;
import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import io.ponte.enrichment.categorization.TransactionCategorizer;
import io.ponte.resources.Rendering;
import io.ponte.resources.Rendering.ServerField;
import io.ponte.resources.StoredResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.ObjectNode;

/**
 * The banking resources Ponte stores and serves, with the filters the spec lists for each. The engine in
 * {@code io.ponte.resources} routes, retrieves, stores and lists them.
 */
@Configuration(proxyBeanMethods = false)
class BankingResources {

	@Bean
	static StoredResource accounts() {
		return StoredResource.inTable("accounts")
			.at("/api/accounts/")
			.fetched(ResourceKind.ACCOUNTS)
			.listedFrom("accounts_list")
			.resumable()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT, exact("institution", ValueType.TEXT))
			.filteredByDocument(ordered("balance__available", ValueType.DECIMAL),
					ordered("balance__current", ValueType.DECIMAL), exact("category", ValueType.TEXT),
					exact("currency", ValueType.TEXT), exact("name", ValueType.TEXT).only(Lookup.EXACT, Lookup.ICONTAINS),
					exact("number", ValueType.TEXT),
					exact("public_identification_name", ValueType.TEXT).only(Lookup.EXACT),
					exact("public_identification_value", ValueType.TEXT).only(Lookup.EXACT),
					exact("type", ValueType.TEXT).only(Lookup.EXACT))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.stampedIn("credit_data", "loan_data")
			.renderedAlso(BankingResources::institution)
			.build();
	}

	@Bean
	static StoredResource owners() {
		return StoredResource.inTable("owners")
			.at("/api/owners/")
			.fetched(ResourceKind.OWNERS)
			.resumable()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.filteredByDocument(exact("email", ValueType.TEXT).only(Lookup.EXACT),
					exact("display_name", ValueType.TEXT).only(Lookup.ICONTAINS))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.build();
	}

	@Bean
	static StoredResource transactions(TransactionCategorizer categorizer) {
		return StoredResource.inTable("transactions")
			.at("/api/transactions/")
			.fetched(ResourceKind.TRANSACTIONS)
			.retrievedBetweenDates()
			.belongsTo("accounts", "account")
			.narrowedBy("account")
			.listedFrom("transactions_list")
			.orderedBy("value_date desc, id")
			.listedPerLink()
			.resumable()
			.answersAsynchronously()
			.deletable()
			.enrichedBy(categorizer)
			.filteredBy(LINK, ID, CREATED_AT, COLLECTED_AT, exact("account", "account_id", ValueType.UUID),
					ordered("account__balance__available", ValueType.DECIMAL),
					ordered("account__balance__current", ValueType.DECIMAL), exact("account_type", ValueType.TEXT))
			.filteredByDocument(
					ordered("accounting_date", ValueType.DATETIME)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					ordered("amount", ValueType.DECIMAL), exact("currency", ValueType.TEXT),
					exact("credit_card_data__bill_name", ValueType.TEXT).only(Lookup.IN),
					exact("reference", ValueType.TEXT), exact("status", ValueType.TEXT), exact("type", ValueType.TEXT),
					ordered("value_date", ValueType.DATE))
			.renderedWith(ServerField.ID, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.stampedIn("credit_card_data")
			.build();
	}

	/** Brazilian balances: {@code account_id} is the account's server id, also the retrieval's narrowing key. */
	@Bean
	static StoredResource balances() {
		return StoredResource.inTable("balances")
			.at("/api/br/balances/")
			.fetched(ResourceKind.BALANCES)
			.belongsTo("accounts", "account_id")
			.narrowedBy("account_id")
			.listedPerLink()
			.filteredBy(LINK, ID, CREATED_AT, COLLECTED_AT, exact("account", "account_id", ValueType.UUID))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.referencedById()
			// BalanceOFDA admits no other keys than its own
			.renderedWithout("internal_identification")
			.build();
	}

	@Bean
	static StoredResource bills() {
		return StoredResource.inTable("bills")
			.at("/api/bills/")
			.fetched(ResourceKind.BILLS)
			.belongsTo("accounts", "account")
			.orderedBy("due_date desc, id")
			.listedPerLink()
			.deletable()
			.filteredBy(LINK.only(Lookup.EXACT), ID, CREATED_AT,
					COLLECTED_AT.only(Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					exact("account", "account_id", ValueType.UUID))
			.filteredByDocument(ordered("due_date", ValueType.DATE)
				.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE))
			.renderedWith(ServerField.ID, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.build();
	}

	@Bean
	static StoredResource investments() {
		return StoredResource.inTable("investments")
			.at("/api/br/investments/")
			.fetched(ResourceKind.INVESTMENTS)
			.listedPerLink()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.filteredByDocument(exact("type", ValueType.TEXT))
			.renderedWith(ServerField.ID)
			// InvestmentBrazil admits no other keys than its own
			.renderedWithout("internal_identification")
			.build();
	}

	/** Transactions of investments: each renders its investment, as {@code investment}. */
	@Bean
	static StoredResource investmentTransactions() {
		return StoredResource.inTable("investment_transactions")
			.at("/api/br/investment-transactions/")
			.fetched(ResourceKind.INVESTMENT_TRANSACTIONS)
			.retrievedOptionallyBetweenDates()
			.belongsTo("investments", "investment")
			.orderedBy("value_date desc, id")
			.listedPerLink()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.filteredByDocument(exact("type", ValueType.TEXT))
			.keeping("value_date", ValueType.DATE)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.build();
	}

	/** Foreign-exchange operations; their events are served by {@link ExchangeHistoryController}. */
	@Bean
	static StoredResource exchanges() {
		return StoredResource.inTable("exchanges")
			.at("/api/br/exchanges/")
			.fetched(ResourceKind.EXCHANGES)
			.retrievedOptionallyBetweenDates()
			.orderedBy("operation_requested_at desc, id")
			.listedPerLink()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT, COLLECTED_AT)
			.keeping("operation_requested_at", ValueType.DATETIME)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			// the Exchange schema admits no other keys; the events are served by their own route
			.renderedWithout("internal_identification", "history")
			.build();
	}

	/** An account shows its link's institution (name and type) and when the link last reached it. */
	static void institution(ObjectNode document, Rendering.Row row, ObjectNode added) {
		added.put("last_accessed_at", Rendering.timestamp(row.link().lastAccessedAt()));
		added.putObject("institution").put("name", row.link().institution()).put("type", row.link().institutionType());
	}

}
