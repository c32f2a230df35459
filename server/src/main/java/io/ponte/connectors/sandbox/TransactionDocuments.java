package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.MILLIS;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Ledger.Entry;
import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Transactions by value date, as a bank returns them: description, counterparty, merchant category code, amount
 * and direction, but no category and no merchant (the truth of those stays in {@link PlantedTruth}). Times are real
 * UTC instants of local behaviour; card purchases of the last two days are still PENDING, as a bank shows them
 * before they settle.
 */
final class TransactionDocuments {

	private static final Duration SETTLES_AFTER = Duration.ofHours(48);

	private final Statement statement;

	private final Persona persona;

	TransactionDocuments(Statement statement) {
		this.statement = statement;
		this.persona = statement.persona;
	}

	List<ObjectNode> transactions(LocalDate from, LocalDate to) {
		List<ObjectNode> transactions = new ArrayList<>();
		for (Entry entry : this.statement.ledger.entries) {
			if (!entry.date().isBefore(from) && !entry.date().isAfter(to)) {
				transactions.add(transaction(entry));
			}
		}
		return transactions;
	}

	boolean pending(Entry entry) {
		return entry.booking().merchant() != null && entry.booking().stream() == null
				&& entry.at().plus(SETTLES_AFTER).isAfter(this.statement.asOf);
	}

	private ObjectNode transaction(Entry entry) {
		Persona p = this.persona;
		Booking b = entry.booking();
		ObjectNode tx = JSON.objectNode();
		tx.put("internal_identification", entry.id());
		tx.put("account", p.accountId(entry.account()));
		tx.put("value_date", entry.date().toString());
		tx.put("transacted_at", LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC).format(MILLIS));
		tx.put("accounting_date", entry.date().toString());
		tx.put("amount", money(entry.cents()));
		tx.put("local_currency_amount", money(entry.cents()));
		tx.put("balance", money(entry.balanceAfter()));
		tx.put("currency", p.country.currency);
		tx.put("description", b.description());
		tx.putNull("observations");
		// what a bank does not say: Ponte's categorizer fills these in when the transactions are stored
		tx.putNull("merchant");
		tx.putNull("category");
		tx.putNull("subcategory");
		tx.putNull("reference");
		tx.put("type", entry.inflow() ? "INFLOW" : "OUTFLOW");
		tx.put("status", pending(entry) ? "PENDING" : "PROCESSED");
		if (entry.account() == AccountKind.CARD) {
			ObjectNode card = tx.putObject("credit_card_data");
			CardAccount.Cycle cycle = entry.cycle();
			card.put("bill_name", this.statement.billName(cycle.due()));
			card.put("bill_due_date", cycle.due().toString());
			card.put("bill_internal_identification", cycle.id());
			card.putNull("bill_status");
			card.putNull("previous_bill_total");
			card.putNull("bill_amount");
			card.put("card_number", p.bank.cardLast4());
			card.putNull("fee_type");
			card.putNull("fee_type_additional_info");
			card.putNull("credits_type");
			card.putNull("credits_type_additional_info");
			card.put("installment_identifier", b.installments() > 0 ? b.installment() + "/" + b.installments() : "");
			if (b.installments() > 0) {
				card.put("number_of_installments", b.installments());
			}
			else {
				card.putNull("number_of_installments");
			}
		}
		else {
			tx.putNull("credit_card_data");
		}
		Booking.Counterparty party = b.counterparty();
		if (party != null) {
			ObjectNode counterparty = tx.putObject("counterparty");
			counterparty.put("type", party.company() ? "COMPANY" : "INDIVIDUAL");
			// the schema's pattern only admits a CPF (11 digits): a CNPJ or RFC is in the description instead
			String document = party.document();
			counterparty.put("document_number", document != null && document.length() == 11 ? document : null);
			counterparty.put("clearing_code", party.bankCode());
			counterparty.put("agency", party.agency());
			counterparty.put("check_digit", party.checkDigit());
			counterparty.put("number", party.number());
		}
		else {
			tx.putNull("counterparty");
		}
		tx.putNull("loan_data");
		tx.put("payment_type", b.installments() > 1 ? "INSTALLMENT" : b.installments() == 1 ? "FULL" : null);
		tx.put("operation_type", b.operationType());
		tx.putNull("operation_type_additional_info");
		tx.put("mcc", b.mcc());
		return tx;
	}

}
