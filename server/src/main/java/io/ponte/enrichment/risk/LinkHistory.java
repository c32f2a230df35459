package io.ponte.enrichment.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A link's stored accounts and transactions read once into plain values and sorted by date, with internal
 * transfers (an outflow and an inflow of the same amount between two accounts of the link within a day) marked,
 * so every metric is computed from the same sorted data without going back to the documents.
 */
record LinkHistory(List<Account> accounts, List<Movement> movements) {

	/** Asset accounts are where money is held: checking and savings. */
	record Account(String identification, String category, String currency, String institution, long currentCents,
			Long creditLimitCents, Long principalCents, Long outstandingCents, Long monthlyPaymentCents,
			Long overdraftArrangedCents, Long overdraftUsedCents) {

		boolean asset() {
			return "CHECKING_ACCOUNT".equals(this.category) || "SAVINGS_ACCOUNT".equals(this.category);
		}

	}

	/** One transaction: its day, its signed amount in cents (inflows positive) and whether it is internal. */
	static final class Movement {

		final int account;

		final long day;

		final long cents;

		final String category;

		final String subcategory;

		boolean internal;

		Movement(int account, long day, long cents, String category, String subcategory) {
			this.account = account;
			this.day = day;
			this.cents = cents;
			this.category = category;
			this.subcategory = subcategory;
		}

	}

	/** Reads the documents as the institution returned them; transactions of unknown accounts are ignored. */
	static LinkHistory of(List<ObjectNode> accountDocuments, List<ObjectNode> transactionDocuments) {
		List<Account> accounts = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		for (ObjectNode a : accountDocuments) {
			JsonNode loan = a.path("loan_data");
			JsonNode overdraft = a.path("overdraft");
			Account account = new Account(a.path("internal_identification").asString(), a.path("category").asString(null),
					a.path("currency").asString(null), a.path("institution").path("name").asString(null),
					cents(a.path("balance").path("current")), centsOrNull(a.path("credit_data").path("credit_limit")),
					centsOrNull(loan.path("principal")), centsOrNull(loan.path("outstanding_principal")),
					centsOrNull(loan.path("monthly_payment")), centsOrNull(overdraft.path("arranged")),
					centsOrNull(overdraft.path("used")));
			index.put(account.identification(), accounts.size());
			accounts.add(account);
		}
		List<Movement> movements = new ArrayList<>(transactionDocuments.size());
		for (ObjectNode t : transactionDocuments) {
			Integer account = index.get(t.path("account").asString(null));
			String date = t.path("value_date").asString(null);
			if (account == null || date == null) {
				continue;
			}
			long amount = cents(t.path("amount")).longValue();
			long signed = "OUTFLOW".equals(t.path("type").asString()) ? -Math.abs(amount) : Math.abs(amount);
			movements.add(new Movement(account, LocalDate.parse(date.substring(0, 10)).toEpochDay(), signed,
					t.path("category").asString(null), t.path("subcategory").asString(null)));
		}
		movements.sort(Comparator.comparingLong(m -> m.day));
		markInternalTransfers(movements);
		return new LinkHistory(List.copyOf(accounts), movements);
	}

	/**
	 * Pairs each movement with an earlier unpaired one of the opposite sign and same amount on another account at
	 * most a day before; one pass over the sorted movements, candidates kept by amount.
	 */
	static void markInternalTransfers(List<Movement> movements) {
		Map<Long, ArrayDeque<Movement>> open = new HashMap<>();
		for (Movement m : movements) {
			ArrayDeque<Movement> candidates = open.get(-m.cents);
			Movement match = null;
			if (candidates != null) {
				for (var it = candidates.iterator(); it.hasNext();) {
					Movement c = it.next();
					if (c.day < m.day - 1) {
						it.remove();
					}
					else if (c.account != m.account) {
						match = c;
						it.remove();
						break;
					}
				}
			}
			if (match != null) {
				match.internal = true;
				m.internal = true;
			}
			else {
				open.computeIfAbsent(m.cents, k -> new ArrayDeque<>()).add(m);
			}
		}
	}

	private static Long cents(JsonNode amount) {
		return amount.isNumber() || amount.isString() && !amount.asString().isBlank()
				? new BigDecimal(amount.asString()).movePointRight(2).longValue() : 0L;
	}

	private static Long centsOrNull(JsonNode amount) {
		return amount.isNumber() || amount.isString() && !amount.asString().isBlank() ? cents(amount) : null;
	}

}
