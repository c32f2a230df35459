package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Closed card bills whose due date falls in the window, including the latest one, closed but not yet due or
 * paid. Revolving interest and late fees show as finance charges; payments as made (full, minimum or other).
 */
final class BillDocuments {

	private final Statement statement;

	BillDocuments(Statement statement) {
		this.statement = statement;
	}

	List<ObjectNode> bills(LocalDate from, LocalDate to) {
		List<ObjectNode> bills = new ArrayList<>();
		Persona p = this.statement.persona;
		if (!p.holds(AccountKind.CARD)) {
			return bills;
		}
		String currency = p.country.currency;
		for (CardAccount.Bill bill : this.statement.ledger.card.bills) {
			LocalDate due = bill.cycle().due();
			if (due.isBefore(from) || due.isAfter(to)) {
				continue;
			}
			ObjectNode node = JSON.objectNode();
			node.put("internal_identification", bill.cycle().id());
			node.put("account", p.accountId(AccountKind.CARD));
			node.put("bill_name", this.statement.billName(due));
			node.put("due_date", due.toString());
			node.put("currency", currency);
			node.put("total_amount", money(Math.max(0, bill.totalCents())));
			node.put("minimum_amount", money(bill.minimumCents()));
			node.put("is_installment", false);
			ObjectNode charge = node.putArray("finance_charges").addObject();
			charge.put("type", bill.interestCents() > 0 ? "LATE_PAYMENT_INTEREST" : "NO_CHARGE");
			charge.putNull("additional_info");
			charge.put("currency", currency);
			charge.put("amount", money(bill.interestCents()));
			ArrayNode payments = node.putArray("payments");
			for (CardAccount.Payment made : bill.payments()) {
				ObjectNode payment = payments.addObject();
				payment.put("type", made.type());
				payment.put("payment_date", made.date().toString());
				payment.put("payment_mode", "DIRECT_DEBIT");
				payment.put("currency", currency);
				payment.put("amount", money(made.cents()));
			}
			bills.add(node);
		}
		return bills;
	}

}
