package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Borrowing.Payer;
import io.ponte.connectors.sandbox.Ledger.Entry;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Statistics of a generated population: {@code users} sandbox people of one country ({@code user00001},
 * {@code user00002}... at {@code erebor_br_retail} or {@code erebor_mx_retail}), each replayed once up to one
 * instant and folded into a small per-user summary, so only aggregates are kept, never the users' transactions.
 * The report ({@link PopulationReport}) and the tests ({@code PopulationTests}) read the figures below.
 *
 * <p>
 * "The year" is the 365 whole local days before the instant's day; transaction counts, merchants, spending
 * profiles, shares by operation type and categories are measured over it, so every calendar day counts once.
 */
final class Population {

	/** The generation instant of the report and the tests: a fixed one, so figures are reproducible. */
	static final Instant AS_OF = Instant.parse("2026-11-25T15:00:00Z");

	/** The transaction categories of the spec ({@code EnumTransactionCategory}, without null). */
	static final List<String> SPEC_CATEGORIES = List.of("Bills & Utilities", "Credits & Loans", "Deposits",
			"Fees & Charges", "Food & Groceries", "Home & Life", "Income & Payments", "Insurance",
			"Investments & Savings", "Online Platforms & Leisure", "Personal Shopping", "Taxes", "Transfers",
			"Transport & Travel", "Unknown", "Withdrawal & ATM");

	/**
	 * Operation types that only a business day may carry: payroll, direct debits, bank slips. A debit described as
	 * a direct debit ({@link UserFigures#directDebitText}) and an employer's or agency's income credit must be on one too.
	 */
	static final Set<String> BUSINESS_DAY_ONLY = Set.of("FOLHA_PAGAMENTO", "NOMINA", "CONVENIO_ARRECADACAO",
			"DOMICILIACION", "BOLETO");

	/** Income subcategories paid by an employer or an agency, which pays on business days only. */
	static final Set<String> BUSINESS_DAY_INCOME = Set.of("Salary", "Retirement", "Government");

	/** The percentile ranks of the official income tables ({@link Careers#PERCENTILE_RANKS}). */
	static final int[] RANKS = { 10, 25, 50, 75, 90 };

	/** The month the official gross income tables describe (mid-2024). */
	static final LocalDate TABLE_DATE = LocalDate.of(2024, 7, 15);

	/** Weekend and holiday counts of one operation type (or income subcategory). */
	static final class DayCounts {

		long total;

		long weekend;

		/** Holidays falling on a weekday (weekend holidays count as weekend). */
		long holiday;

		double weekendShare() {
			return this.total == 0 ? 0 : this.weekend / (double) this.total;
		}

		double holidayShare() {
			return this.total == 0 ? 0 : this.holiday / (double) this.total;
		}

		void add(DayCounts other) {
			this.total += other.total;
			this.weekend += other.weekend;
			this.holiday += other.holiday;
		}

	}


	final Country country;

	final int users;

	final Instant asOf;

	/** The instant's local day, and the measured year: {@code from..to}, 365 days ending the day before. */
	final LocalDate today;

	final LocalDate from;

	final LocalDate to;

	/** Wall-clock time to generate and fold the population (all cores). */
	final long elapsedMillis;

	// incomes

	final Map<IncomeKind, Integer> kinds = new EnumMap<>(IncomeKind.class);

	/** The official table, P10..P90 in cents; the generated employees' gross salary at {@link #TABLE_DATE}. */
	final long[] officialGross;

	final long[] employeeGross;

	/** Employees' gross salary at the instant, deflated to mid-2024 by the generator's wage index. */
	final long[] employeeGrossNowDeflated;

	final int employeesMeasured;

	/** Employees earning less than the full-time minimum wage at {@link #TABLE_DATE} (part-timers excepted). */
	final int belowMinimumWage;

	final long minimumWage2024;

	/** Everyone's expected regular net monthly income at the instant, P10..P90 in cents (zero included). */
	final long[] netRegular;

	final int noRegularIncome;

	final int twoOrMoreStreams;

	final int employees;

	/** Employees dismissed from a job that ended in the 24 months before the instant. */
	final int dismissedIn24Months;

	// credit

	final int overdrawn;

	final int cardHolders;

	final int revolving;

	final int paidMinimum;

	final int lateOrMissed;

	/** Card holders by the way they were drawn to pay their bill. */
	final Map<Payer, Integer> payers = new EnumMap<>(Payer.class);

	final int loanHolders;

	final int loanArrears;

	final int loanBehindInYear;

	/** Users with a direct debit rejected for lack of funds (Mexico: a RECHAZADA fee) in the year. */
	final int rejectedDebitUsers;

	/** Users with a due direct debit that was not charged in the year (bounced), and how many such debits. */
	final int missedDebitUsers;

	final long missedDebits;

	// accounts and activity

	/** Users per set of accounts held, most frequent first. */
	final Map<String, Integer> accountSets;

	/** Per user, sorted: transactions in the year; distinct merchants in the year. */
	final int[] transactions;

	final int[] merchants;

	/** Purchase spend per day of each weekday (Mon..Sun) and calendar month, as shares summing to 1. */
	final double[] weekdayShare;

	final double[] monthShare;

	/** Purchase spend per calendar month, cents (December counts 31 days, February 28). */
	final long[] monthSpend;

	final Map<String, DayCounts> operations;

	final Map<String, DayCounts> incomeCredits;

	/**
	 * Up to 20 examples of business-day-only transactions (by operation type, direct-debit text or income
	 * subcategory) booked on a weekend or holiday, and how many there were.
	 */
	final List<String> offBusinessDay;

	final long offBusinessDayCount;

	/** Those transactions by operation type (and why they are business-day-only), with counts. */
	final Map<String, Integer> offBusinessDayKinds;

	/** Transactions per category in the year (every spec category, then any other), and users with one. */
	final Map<String, Long> categoryTransactions;

	final Map<String, Integer> categoryUsers;

	/** Per user with income in the year, sorted: spending as a share of income. */
	final double[] spendToIncome;

	/** Per user with groceries, sorted: distinct supermarkets in the year, and the favourite's share of visits. */
	final int[] supermarkets;

	final double[] favouriteShare;

	private Population(Country country, int users, Instant asOf, List<UserFigures> all, long elapsedMillis) {
		this.country = country;
		this.users = users;
		this.asOf = asOf;
		this.today = asOf.atOffset(country.offset).toLocalDate();
		this.to = this.today.minusDays(1);
		this.from = this.to.minusDays(364);
		this.elapsedMillis = elapsedMillis;
		for (IncomeKind kind : IncomeKind.values()) {
			this.kinds.put(kind, 0);
		}
		all.forEach(u -> this.kinds.merge(u.kind(), 1, Integer::sum));
		this.officialGross = Incomes.officialGrossPercentiles(country);
		long[] gross = all.stream().mapToLong(UserFigures::grossAtTable).filter(g -> g > 0).sorted().toArray();
		this.employeesMeasured = gross.length;
		this.employeeGross = percentiles(gross);
		this.employeeGrossNowDeflated = percentiles(
				all.stream().mapToLong(UserFigures::grossNowDeflated).filter(g -> g > 0).sorted().toArray());
		this.minimumWage2024 = Payroll.minimumWageCents(country, 2024);
		this.belowMinimumWage = (int) all.stream()
			.filter(u -> u.grossAtTable() > 0 && !u.partTimeFloor() && u.grossAtTable() < this.minimumWage2024)
			.count();
		this.netRegular = percentiles(all.stream().mapToLong(UserFigures::netRegular).sorted().toArray());
		this.noRegularIncome = count(all, u -> u.netRegular() == 0);
		this.twoOrMoreStreams = count(all, u -> u.ongoingStreams() >= 2);
		this.employees = count(all, u -> u.kind() == IncomeKind.EMPLOYEE);
		this.dismissedIn24Months = count(all, UserFigures::employeeDismissed);

		this.overdrawn = count(all, UserFigures::overdrawn);
		this.cardHolders = count(all, UserFigures::card);
		this.revolving = count(all, UserFigures::revolving);
		this.paidMinimum = count(all, UserFigures::paidMinimum);
		this.lateOrMissed = count(all, UserFigures::lateOrMissed);
		all.stream().filter(UserFigures::card).forEach(u -> this.payers.merge(u.payer(), 1, Integer::sum));
		this.loanHolders = count(all, UserFigures::loan);
		this.loanArrears = count(all, UserFigures::loanArrears);
		this.loanBehindInYear = count(all, UserFigures::loanBehind);
		this.rejectedDebitUsers = count(all, u -> u.rejectedDebits() > 0);
		this.missedDebitUsers = count(all, u -> u.missedDebits() > 0);
		this.missedDebits = all.stream().mapToLong(UserFigures::missedDebits).sum();

		Map<String, Integer> sets = all.stream().collect(Collectors.toMap(UserFigures::accountSet, u -> 1, Integer::sum));
		this.accountSets = sets.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		this.transactions = all.stream().mapToInt(UserFigures::transactions).sorted().toArray();
		this.merchants = all.stream().mapToInt(UserFigures::merchants).sorted().toArray();

		long[] weekday = new long[7];
		this.monthSpend = new long[12];
		for (UserFigures u : all) {
			for (int i = 0; i < 7; i++) {
				weekday[i] += u.weekdaySpend()[i];
			}
			for (int i = 0; i < 12; i++) {
				this.monthSpend[i] += u.monthSpend()[i];
			}
		}
		int[] weekdayDays = new int[7];
		int[] monthDays = new int[12];
		for (LocalDate d = this.from; !d.isAfter(this.to); d = d.plusDays(1)) {
			weekdayDays[d.getDayOfWeek().getValue() - 1]++;
			monthDays[d.getMonthValue() - 1]++;
		}
		this.weekdayShare = perDayShares(weekday, weekdayDays);
		this.monthShare = perDayShares(this.monthSpend, monthDays);

		this.operations = new TreeMap<>();
		this.incomeCredits = new TreeMap<>();
		for (UserFigures u : all) {
			u.operations().forEach((k, v) -> this.operations.computeIfAbsent(k, x -> new DayCounts()).add(v));
			u.incomes().forEach((k, v) -> this.incomeCredits.computeIfAbsent(k, x -> new DayCounts()).add(v));
		}
		this.offBusinessDayKinds = new TreeMap<>();
		all.forEach(u -> u.offBusinessDayKinds().forEach((k, n) -> this.offBusinessDayKinds.merge(k, n, Integer::sum)));
		this.offBusinessDayCount = this.offBusinessDayKinds.values().stream().mapToLong(Integer::longValue).sum();
		this.offBusinessDay = all.stream().flatMap(u -> u.offBusinessDay().stream()).limit(20).toList();

		this.categoryTransactions = new LinkedHashMap<>();
		this.categoryUsers = new LinkedHashMap<>();
		for (String category : SPEC_CATEGORIES) {
			this.categoryTransactions.put(category, 0L);
			this.categoryUsers.put(category, 0);
		}
		for (UserFigures u : all) {
			u.categories().forEach((category, n) -> {
				this.categoryTransactions.merge(category, (long) n, Long::sum);
				this.categoryUsers.merge(category, 1, Integer::sum);
			});
		}
		this.spendToIncome = all.stream()
			.filter(u -> u.incomeCents() > 0)
			.mapToDouble(u -> u.spendCents() / (double) u.incomeCents())
			.sorted()
			.toArray();
		this.supermarkets = all.stream().filter(u -> u.supermarkets() > 0).mapToInt(UserFigures::supermarkets).sorted().toArray();
		this.favouriteShare = all.stream()
			.filter(u -> u.supermarkets() > 0)
			.mapToDouble(UserFigures::favouriteShare)
			.sorted()
			.toArray();
	}

	/** Generates {@code users} people of the country (in parallel) and folds them. */
	static Population of(Country country, int users, Instant asOf) {
		String institution = country == Country.BR ? "erebor_br_retail" : "erebor_mx_retail";
		long started = System.nanoTime();
		List<UserFigures> all = IntStream.rangeClosed(1, users)
			.parallel()
			.mapToObj(i -> UserFigures.measure(new Statement(Persona.of(institution, country, username(i)), asOf)))
			.toList();
		return new Population(country, users, asOf, all, (System.nanoTime() - started) / 1_000_000);
	}

	static String username(int i) {
		return "user%05d".formatted(i);
	}

	private static int count(List<UserFigures> all, java.util.function.Predicate<UserFigures> test) {
		return (int) all.stream().filter(test).count();
	}

	private static double[] perDayShares(long[] spend, int[] days) {
		double[] perDay = new double[spend.length];
		double total = 0;
		for (int i = 0; i < spend.length; i++) {
			perDay[i] = days[i] == 0 ? 0 : spend[i] / (double) days[i];
			total += perDay[i];
		}
		for (int i = 0; i < spend.length; i++) {
			perDay[i] = total == 0 ? 0 : perDay[i] / total;
		}
		return perDay;
	}

	/** P10, P25, P50, P75 and P90 of sorted values. */
	private static long[] percentiles(long[] sorted) {
		long[] out = new long[RANKS.length];
		for (int i = 0; i < RANKS.length; i++) {
			out[i] = Math.round(percentile(Arrays.stream(sorted).asDoubleStream().toArray(), RANKS[i]));
		}
		return out;
	}

	/** The {@code rank}th percentile of sorted values, interpolated between the closest ranks (0 when empty). */
	static double percentile(double[] sorted, double rank) {
		if (sorted.length == 0) {
			return 0;
		}
		double position = rank / 100 * (sorted.length - 1);
		int low = (int) Math.floor(position);
		int high = Math.min(sorted.length - 1, low + 1);
		return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
	}

	static double percentile(int[] sorted, double rank) {
		return percentile(Arrays.stream(sorted).asDoubleStream().toArray(), rank);
	}

	double share(int count) {
		return count / (double) this.users;
	}

	double kindShare(IncomeKind kind) {
		return share(this.kinds.get(kind));
	}

	/** The official and generated medians (P50). */
	long officialMedian() {
		return this.officialGross[2];
	}

	long employeeMedian() {
		return this.employeeGross[2];
	}

	/** Weekday shares, Monday first. */
	double weekdayShare(DayOfWeek day) {
		return this.weekdayShare[day.getValue() - 1];
	}

	/** Categories of the spec with at least one transaction in the year. */
	List<String> categoriesSeen() {
		return this.categoryTransactions.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
	}

	/** Categories the generator produced that the spec does not list (should be none). */
	List<String> categoriesOutsideSpec() {
		return this.categoryTransactions.keySet().stream().filter(c -> !SPEC_CATEGORIES.contains(c)).toList();
	}

}
