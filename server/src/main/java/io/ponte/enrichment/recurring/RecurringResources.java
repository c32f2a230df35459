package io.ponte.enrichment.recurring;

import static io.ponte.api.Filter.exact;
import static io.ponte.resources.StoredFilters.CREATED_AT;
import static io.ponte.resources.StoredFilters.ID;
import static io.ponte.resources.StoredFilters.LINK;

import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import io.ponte.enrichment.Cadence;
import io.ponte.enrichment.Movement;
import io.ponte.resources.Rendering.ServerField;
import io.ponte.resources.StoredResource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spec's Recurring Expenses: one item per monthly charge {@link RecurringDetector} finds in what the link
 * stores, each belonging to its account (rendered in full, as the spec's object has it).
 */
@Configuration(proxyBeanMethods = false)
class RecurringResources {

	@Bean
	static StoredResource recurringExpenses() {
		return StoredResource.inTable("recurring_expenses")
			.at("/api/recurring-expenses/")
			.derived(ResourceKind.RECURRING_EXPENSES,
					(stored, request) -> documents(RecurringDetector.detect(stored.of("transactions"),
							stored.of("accounts"), request.dates().from(), request.dates().to()), request.dates().to()))
			.retrievedOptionallyBetweenDates()
			.belongsTo("accounts", "account")
			.detailedInAList()
			.resumable()
			.replacedWhenRecomputed()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT, exact("account", "account_id", ValueType.UUID))
			.renderedWith(ServerField.ID)
			.renderedWithout("internal_identification")
			.build();
	}

	static List<ObjectNode> documents(List<RecurringExpense> expenses, LocalDate to) {
		List<ObjectNode> documents = new ArrayList<>();
		for (RecurringExpense expense : expenses) {
			ObjectNode item = JsonNodeFactory.instance.objectNode();
			Movement last = expense.charges().getLast();
			item.put("internal_identification", expense.account() + "|" + last.key());
			item.put("account", expense.account());
			item.put("name", expense.name());
			ArrayNode transactions = item.putArray("transactions");
			for (Movement charge : expense.charges()) {
				transactions.addObject()
					.put("amount", money(charge.amount()))
					.put("description", charge.description())
					.put("value_date", charge.date().toString());
			}
			item.put("frequency", "MONTHLY");
			item.put("average_transaction_amount", money(expense.average()));
			item.put("median_transaction_amount",
					money(Cadence.median(expense.charges().stream().mapToDouble(Movement::amount).toArray())));
			item.put("days_since_last_transaction", (int) ChronoUnit.DAYS.between(last.date(), to));
			item.put("category", expense.category());
			item.put("payment_type", expense.paymentType());
			documents.add(item);
		}
		return documents;
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
