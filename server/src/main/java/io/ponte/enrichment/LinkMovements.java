package io.ponte.enrichment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A link's stored transactions read once into {@link Movement}s sorted by day, with the transfers between the
 * user's own accounts marked, for every enrichment: incomes, recurring expenses and risk insights agree on what
 * an internal transfer is because they read it here.
 *
 * <p>An own transfer is an outflow paired with an inflow of exactly the same amount on another account of the
 * link at most {@value #TRANSFER_DAYS} days apart (a card bill paid from checking, a move to savings: banks book
 * the two sides on different days over weekends), or a movement described in the words banks use for such moves
 * when the other side is outside the link (an investment, a card at another bank).
 */
public final class LinkMovements {

	/** How many days apart the two sides of one transfer may be booked. */
	public static final int TRANSFER_DAYS = 3;

	private static final List<String> OWN_TRANSFER_WORDS = List.of("TRANSF DA CONTA", "TRANSF PARA CONTA",
			"TRASPASO", "PAGAMENTO RECEBIDO", "PAGO RECIBIDO", "PAGAMENTO FATURA", "PAGO TARJETA", "PAGO DE TARJETA",
			"APLICACAO", "RESGATE", "POUPANCA", "INVERSION", "ENTRE CUENTAS", "MESMA TITULARIDADE");

	private final List<Movement> all;

	private final Set<Movement> ownTransfers;

	private LinkMovements(List<Movement> all, Set<Movement> ownTransfers) {
		this.all = all;
		this.ownTransfers = ownTransfers;
	}

	/**
	 * Reads the link's transaction documents as the institution returned them; transactions of accounts the link
	 * no longer stores, cancelled ones and undated ones are left out.
	 */
	public static LinkMovements read(List<ObjectNode> transactions, List<ObjectNode> accounts) {
		Map<String, String> categoryOf = new HashMap<>();
		for (ObjectNode account : accounts) {
			categoryOf.put(text(account, "internal_identification"), text(account, "category"));
		}
		List<Movement> movements = new ArrayList<>(transactions.size());
		for (ObjectNode tx : transactions) {
			String account = text(tx, "account");
			String day = text(tx, "value_date");
			if (day == null) {
				day = text(tx, "accounting_date");
			}
			if (!categoryOf.containsKey(account) || day == null || "CANCELLED".equals(text(tx, "status"))) {
				continue;
			}
			String description = text(tx, "description");
			description = description == null ? "" : description;
			movements.add(new Movement(text(tx, "internal_identification"), account, categoryOf.get(account),
					LocalDate.parse(day.substring(0, 10)), Math.abs(cents(tx.path("amount"))),
					!"OUTFLOW".equals(text(tx, "type")), description, Movement.key(description), text(tx, "currency"), text(tx, "category"),
					text(tx, "subcategory")));
		}
		movements.sort(Comparator.comparing(Movement::date)
			.thenComparing(Movement::id, Comparator.nullsFirst(Comparator.naturalOrder())));
		return new LinkMovements(List.copyOf(movements), ownTransfers(movements));
	}

	/** Every movement, sorted by day. */
	public List<Movement> all() {
		return this.all;
	}

	/** The movements of accounts in {@code categories}, dated in {@code [from, to]}, sorted by day. */
	public List<Movement> of(List<String> categories, LocalDate from, LocalDate to) {
		return this.all.stream()
			.filter(m -> categories.contains(m.accountCategory()) && !m.date().isBefore(from) && !m.date().isAfter(to))
			.toList();
	}

	/** Whether this movement (one of {@link #all()}) moved money between the user's own accounts. */
	public boolean ownTransfer(Movement movement) {
		return this.ownTransfers.contains(movement);
	}

	/**
	 * One pass over the sorted movements: each is paired with the earliest unpaired one of the opposite direction
	 * and the same amount on another account at most {@value #TRANSFER_DAYS} days before; candidates kept by
	 * signed amount, so the pass stays linear.
	 */
	private static Set<Movement> ownTransfers(List<Movement> sorted) {
		Set<Movement> own = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<Long, ArrayDeque<Movement>> open = new HashMap<>();
		for (Movement m : sorted) {
			if (OWN_TRANSFER_WORDS.stream().anyMatch(m.key()::contains)) {
				own.add(m);
			}
			ArrayDeque<Movement> candidates = open.get(-m.signedCents());
			Movement match = null;
			if (candidates != null) {
				for (var it = candidates.iterator(); it.hasNext();) {
					Movement c = it.next();
					if (c.date().isBefore(m.date().minusDays(TRANSFER_DAYS))) {
						it.remove();
					}
					else if (!c.account().equals(m.account())) {
						match = c;
						it.remove();
						break;
					}
				}
			}
			if (match != null) {
				own.add(match);
				own.add(m);
			}
			else {
				open.computeIfAbsent(m.signedCents(), k -> new ArrayDeque<>()).add(m);
			}
		}
		return own;
	}

	private static long cents(JsonNode amount) {
		return amount.isNumber() || amount.isString() && !amount.asString().isBlank()
				? new BigDecimal(amount.asString()).movePointRight(2).longValue() : 0L;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
