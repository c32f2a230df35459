package io.ponte.enrichment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hand-written statement for detector specifications: one checking account and its lines, in the shape the
 * engine stores transactions (only what a bank returns).
 */
public final class StatementLines {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final List<ObjectNode> transactions = new ArrayList<>();

	private final List<ObjectNode> accounts = new ArrayList<>(
			List.of(JSON.objectNode().put("internal_identification", "chk").put("category", "CHECKING_ACCOUNT")));

	public StatementLines credit(LocalDate date, double amount, String description) {
		return line(date, amount, description, "INFLOW");
	}

	public StatementLines debit(LocalDate date, double amount, String description) {
		return line(date, amount, description, "OUTFLOW");
	}

	public List<ObjectNode> transactions() {
		return this.transactions;
	}

	public List<ObjectNode> accounts() {
		return this.accounts;
	}

	private StatementLines line(LocalDate date, double amount, String description, String type) {
		this.transactions.add(JSON.objectNode()
			.put("internal_identification", "t" + this.transactions.size())
			.put("account", "chk")
			.put("value_date", date.toString())
			.put("amount", amount)
			.put("type", type)
			.put("description", description));
		return this;
	}

}
