package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.SECONDS;
import static io.ponte.connectors.sandbox.Statement.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Foreign currency bought before trips (Brazil), with each operation's history of events. */
final class ExchangeDocuments {

	private final Statement statement;

	private final Persona persona;

	private final Ledger ledger;

	private final LocalDate today;

	ExchangeDocuments(Statement statement) {
		this.statement = statement;
		this.persona = statement.persona;
		this.ledger = statement.ledger;
		this.today = statement.today;
	}

	/**
	 * Foreign-exchange purchases requested in the window. The Exchange schema forbids extra keys: the server
	 * must drop {@code internal_identification} (equal to {@code operation_identifier}) and {@code history}
	 * (the operation's events for {@code /history/}, each with {@code exchange_id} = the exchange's
	 * identification) before serving.
	 */
	List<ObjectNode> exchanges(LocalDate from, LocalDate to) {
		List<ObjectNode> exchanges = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(this.persona.seed ^ 0x5DEECE66DL);
		for (Ledger.ForeignExchange fx : this.ledger.exchanges) {
			long operationNumber = 100_000_000_000L + Math.floorMod(random.nextLong(), 899_999_999_999L);
			if (fx.date().isBefore(from) || fx.date().isAfter(to)) {
				continue;
			}
			String id = this.persona.tag + "-fx-" + fx.date().toString().replace("-", "");
			BigDecimal rate = BigDecimal.valueOf(fx.rateMicros(), 6);
			BigDecimal foreign = money(fx.foreignCents());
			BigDecimal local = money(fx.foreignCents() * fx.rateMicros() / 1_000_000);
			BigDecimal effective = rate.multiply(new BigDecimal("1.011")).setScale(6, RoundingMode.HALF_UP);
			String requested = fx.date().atTime(10, 15).format(SECONDS);
			LocalDate due = fx.date().plusDays(2);
			ObjectNode exchange = JSON.objectNode();
			exchange.put("internal_identification", id);
			exchange.put("operation_identifier", id);
			exchange.put("operation_number", String.valueOf(operationNumber));
			exchange.put("operation_type", "VENDA");
			exchange.put("operation_requested_at", requested);
			exchange.put("authorized_institution_identifier", Long.parseLong(this.statement.institutionTaxId()));
			exchange.put("authorized_institution_name", this.statement.institutionName());
			exchange.putNull("intermediary_institution_identifier");
			exchange.putNull("intermediary_institution_name");
			exchange.put("operation_due_date", due.toString());
			exchangeValues(exchange, rate, local, foreign, effective, fx.currency());
			exchange.put("settlement_method", "CONTA_DEPOSITO");
			exchange.put("operation_category_code", "32999");
			ArrayNode history = exchange.putArray("history");
			history.add(event(id, 1, requested, due, rate, local, foreign, effective, fx.currency(), local));
			if (!due.isAfter(this.today)) {
				history.add(event(id, 4, due.atTime(16, 0).format(SECONDS), due, rate, local, foreign, effective,
						fx.currency(), money(0)));
			}
			exchanges.add(exchange);
		}
		return exchanges;
	}

	private ObjectNode event(String exchangeId, int type, String at, LocalDate due, BigDecimal rate,
			BigDecimal local, BigDecimal foreign, BigDecimal effective, String currency, BigDecimal outstanding) {
		ObjectNode event = JSON.objectNode();
		event.put("exchange_id", exchangeId);
		event.put("operation_identifier", exchangeId);
		event.put("event_sequence_number", "%012d".formatted(type == 1 ? 1 : 2));
		event.put("event_type", type);
		event.put("event_created_at", at);
		event.put("operation_due_date", due.toString());
		exchangeValues(event, rate, local, foreign, effective, currency);
		event.put("operation_outstanding_balance_amount", outstanding);
		event.put("settlement_method", "CONTA_DEPOSITO");
		event.put("operation_category_code", "32999");
		event.putNull("foreign_partie_relationship_code");
		event.putNull("foreign_partie_name");
		event.putNull("foreign_partie_country_code");
		return event;
	}

	private void exchangeValues(ObjectNode node, BigDecimal rate, BigDecimal local, BigDecimal foreign,
			BigDecimal effective, String currency) {
		String localCurrency = this.persona.country.currency;
		node.put("local_operation_tax_amount", rate);
		node.put("local_operation_tax_currency", localCurrency);
		node.put("local_operation_value_amount", local);
		node.put("local_operation_value_currency", localCurrency);
		node.put("foreign_operation_value_amount", foreign);
		node.put("foreign_operation_value_currency", currency);
		node.put("operation_outstanding_balance_amount", money(0));
		node.put("operation_outstanding_balance_currency", localCurrency);
		node.put("tev_amount_amount", effective);
		node.put("tev_amount_currency", localCurrency);
		node.putNull("local_currency_advance_percentage");
	}

}
