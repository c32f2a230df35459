package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Borrowing.Payer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the sandbox population report ({@code docs/population.md}): the distributions of {@link Population} over
 * 1,000 generated users per country, next to the targets they are meant to meet and where each target comes from.
 * Run by {@code bench/population.sh}; arguments: the output file (default {@code docs/population.md}) and the users
 * per country (default 1000).
 */
public final class PopulationReport {

	private static final int BAR = 40;

	private final Population br;

	private final Population mx;

	private final StringBuilder out = new StringBuilder();

	private PopulationReport(Population br, Population mx) {
		this.br = br;
		this.mx = mx;
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args.length > 0 ? args[0] : "docs/population.md");
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		Instant asOf = Population.AS_OF;
		Population br = Population.of(Country.BR, users, asOf);
		System.err.printf("BR: %d users in %.1f s%n", users, br.elapsedMillis / 1000.0);
		Population mx = Population.of(Country.MX, users, asOf);
		System.err.printf("MX: %d users in %.1f s%n", users, mx.elapsedMillis / 1000.0);
		String report = new PopulationReport(br, mx).render();
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		Files.writeString(target, report, StandardCharsets.UTF_8);
		System.err.println("wrote " + target);
	}

	private String render() {
		intro();
		incomes();
		credit();
		accounts();
		activity();
		profiles();
		businessDays();
		categories();
		return this.out.toString();
	}

	private void intro() {
		Population b = this.br;
		line("# Sandbox population report");
		line();
		line("What the sandbox generates across many users, against the targets it is built to meet. Produced by "
				+ "`bench/population.sh`, which compiles the test sources and runs "
				+ "`io.ponte.connectors.sandbox.PopulationReport docs/population.md` (test sources, package "
				+ "`io.ponte.connectors.sandbox`); rerun it after changing the generator and commit the result.");
		line();
		line("| | |");
		line("|---|---|");
		line("| report written | " + LocalDate.now(ZoneOffset.UTC) + " |");
		line("| generation instant (`asOf`) | `" + b.asOf + "` (`Population.AS_OF`) |");
		line("| users | " + b.users + " per country: `user00001`..`" + Population.username(b.users)
				+ "` at `erebor_br_retail` and `erebor_mx_retail` |");
		line("| the year | the 365 whole local days before the instant's day, " + b.from + " to " + b.to
				+ "; every calendar day counts once |");
		line("| generation time | Brazil %.1f s, Mexico %.1f s (whole replay of each user's history, all cores) |"
			.formatted(b.elapsedMillis / 1000.0, this.mx.elapsedMillis / 1000.0));
		line();
		line("Each user is generated once (`new Statement(Persona.of(...), asOf)`: the person and their whole "
				+ "history replayed up to the instant) and folded into a per-user summary, so no transactions are "
				+ "kept. `PopulationTests` asserts floors and ceilings on these figures over 300 users per country.");
		line();
		line("Where the targets come from: the official salary tables are in `Careers` (IBGE PNAD Contínua 2024 for "
				+ "Brazil; INEGI ENOE 2024 and IMSS registered wages for Mexico; approximate), the minimum wages in "
				+ "`Payroll`; the other targets are the sandbox issue's (income kinds about 60% employees and 6% "
				+ "without regular income; some users overdrawn, revolving, paying the minimum or late, behind on "
				+ "loans, with bounced debits; purchases peaking on weekends and in December; payroll, direct debits "
				+ "and bank slips only on business days; varied accounts, activity and merchants; all 16 spec "
				+ "categories), and the shares the generator draws from are quoted from its code where they apply.");
		line();
	}

	private void incomes() {
		line("## Incomes");
		line();
		line("### Income kinds");
		line();
		line("Target (issue, `Incomes.kind`): employees about 60%, self-employed 17%, retired about 10% (age-driven), "
				+ "beneficiaries 7%, no regular income about 6%.");
		line();
		line("| kind | target | Brazil | Mexico |");
		line("|---|---|---|---|");
		Map<IncomeKind, String> targets = Map.of(IncomeKind.EMPLOYEE, "~60%", IncomeKind.SELF_EMPLOYED, "~17%",
				IncomeKind.RETIRED, "~10%", IncomeKind.BENEFICIARY, "~7%", IncomeKind.NONE, "~6%");
		for (IncomeKind kind : IncomeKind.values()) {
			line("| " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " | " + targets.get(kind) + " | "
					+ pct(this.br.kindShare(kind)) + " | " + pct(this.mx.kindShare(kind)) + " |");
		}
		line();
		line("### Gross monthly salary of employees against the official distribution");
		line();
		line("The official tables describe mid-2024, so the generated employees' gross salary of their main job "
				+ "is taken on " + Population.TABLE_DATE + " (employees with a job that day). A second row takes it "
				+ "at the instant and deflates it to mid-2024 by the generator's wage index (`Careers.wageIndex`). "
				+ "Amounts in local currency units.");
		line();
		for (Population p : List.of(this.br, this.mx)) {
			line("**" + name(p) + "** (" + p.employeesMeasured + " employees measured; minimum wage 2024 "
					+ money(p, p.minimumWage2024) + ")");
			line();
			line("| | P10 | P25 | P50 | P75 | P90 | P90/P50 |");
			line("|---|---|---|---|---|---|---|");
			line(row(p, "official (" + (p.country == Country.BR ? "IBGE PNAD 2024" : "INEGI ENOE / IMSS 2024") + ")",
					p.officialGross));
			line(row(p, "generated, " + Population.TABLE_DATE, p.employeeGross));
			line(row(p, "generated, at the instant, in mid-2024 money", p.employeeGrossNowDeflated));
			line("| generated / official | " + ratios(p.employeeGross, p.officialGross) + " | |");
			line();
		}
		line("| | Brazil | Mexico |");
		line("|---|---|---|");
		line("| employees below the full-time minimum wage (part-timers are floored at half) | "
				+ pct(this.br.belowMinimumWage, this.br.employeesMeasured) + " | "
				+ pct(this.mx.belowMinimumWage, this.mx.employeesMeasured) + " |");
		line("| users with 2+ ongoing income streams at the instant (salary, pension, benefit, freelance) | "
				+ pct(this.br.share(this.br.twoOrMoreStreams)) + " | " + pct(this.mx.share(this.mx.twoOrMoreStreams))
				+ " |");
		line("| employees dismissed from a job that ended in the last 24 months (`Careers`: about 15% of employees "
				+ "within any two years) | " + pct(this.br.dismissedIn24Months, this.br.employees) + " | "
				+ pct(this.mx.dismissedIn24Months, this.mx.employees) + " |");
		line("| users with no regular income at the instant (jobless, none, irregular only) | "
				+ pct(this.br.share(this.br.noRegularIncome)) + " | " + pct(this.mx.share(this.mx.noRegularIncome))
				+ " |");
		line();
		line("Expected regular **net** monthly income of every user at the instant (zero included):");
		line();
		line("| | P10 | P25 | P50 | P75 | P90 |");
		line("|---|---|---|---|---|---|");
		for (Population p : List.of(this.br, this.mx)) {
			StringBuilder row = new StringBuilder("| " + name(p) + " |");
			for (long v : p.netRegular) {
				row.append(' ').append(money(p, v)).append(" |");
			}
			line(row.toString());
		}
		line();
	}

	private void credit() {
		line("## Credit and distress");
		line();
		line("Over the year. Card figures count bills due in the year except its last two weeks (a late payer "
				+ "may still pay them); the generator draws how each card holder pays from `Borrowing` "
				+ "(in full 66%, partially 16%, the minimum 9%, late 9%). Shares of all users unless stated.");
		line();
		line("| | target | Brazil | Mexico |");
		line("|---|---|---|---|");
		credit("overdrawn: checking balance below zero at some point", "some, not most", p -> p.overdrawn, null);
		credit("hold a credit card", "", p -> p.cardHolders, null);
		credit("revolving: a bill paid less than in full", "some (34% of holders draw a non-full payer)",
				p -> p.revolving, p -> p.cardHolders);
		credit("paid only the minimum of a bill", "some", p -> p.paidMinimum, p -> p.cardHolders);
		credit("late: paid after the due date, or less than the minimum", "some", p -> p.lateOrMissed,
				p -> p.cardHolders);
		credit("hold a personal loan", "28% (`Persona.products`)", p -> p.loanHolders, null);
		credit("loan in arrears at the instant (instalments due > paid)", "some", p -> p.loanArrears,
				p -> p.loanHolders);
		credit("behind on the loan at some point in the year", "some", p -> p.loanBehindInYear, p -> p.loanHolders);
		credit("a direct debit bounced (due, not charged) in the year", "some", p -> p.missedDebitUsers, null);
		credit("a rejected-debit fee (RECHAZADA) in the year", "Mexico only: Brazil books no fee",
				p -> p.rejectedDebitUsers, null);
		line("| bounced direct debits in the year, all users | | " + this.br.missedDebits + " | " + this.mx.missedDebits
				+ " |");
		line();
		line("Card holders by drawn payment behaviour: " + payers(this.br) + " (Brazil); " + payers(this.mx)
				+ " (Mexico).");
		line();
	}

	private void credit(String label, String target, Function<Population, Integer> count,
			Function<Population, Integer> among) {
		String b = pct(this.br.share(count.apply(this.br)));
		String m = pct(this.mx.share(count.apply(this.mx)));
		if (among != null) {
			b += " (" + pct(count.apply(this.br), among.apply(this.br)) + " of them)";
			m += " (" + pct(count.apply(this.mx), among.apply(this.mx)) + " of them)";
		}
		line("| " + label + " | " + target + " | " + b + " | " + m + " |");
	}

	private static String payers(Population p) {
		List<String> parts = new ArrayList<>();
		for (Payer payer : Payer.values()) {
			parts.add(payer.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
					+ pct(p.payers.getOrDefault(payer, 0), p.cardHolders));
		}
		return String.join(", ", parts);
	}

	private void accounts() {
		line("## Accounts held");
		line();
		line("Target: varied accounts, not everyone with the same four. Users per set of accounts at the institution.");
		line();
		for (Population p : List.of(this.br, this.mx)) {
			line("**" + name(p) + "** (" + p.accountSets.size() + " distinct sets)");
			line();
			line("```");
			int width = p.accountSets.keySet().stream().mapToInt(String::length).max().orElse(10);
			double max = p.accountSets.values().stream().mapToInt(Integer::intValue).max().orElse(1);
			p.accountSets.forEach((set, n) -> line(pad(set, width) + " " + bar(n / max) + " " + pct(p.share(n))));
			line("```");
			line();
		}
	}

	private void activity() {
		line("## Activity per user");
		line();
		line("Target: varied transactions per year and merchants per user; loyalty to a favourite supermarket.");
		line();
		line("| per user, over the year | Brazil P10 / P50 / P90 | Mexico P10 / P50 / P90 |");
		line("|---|---|---|");
		line("| transactions (every account) | " + p3(this.br.transactions) + " | " + p3(this.mx.transactions) + " |");
		line("| distinct merchants (purchases and merchant-billed bills) | " + p3(this.br.merchants) + " | "
				+ p3(this.mx.merchants) + " |");
		line("| distinct supermarkets (users buying groceries) | " + p3(this.br.supermarkets) + " | "
				+ p3(this.mx.supermarkets) + " |");
		line("| favourite supermarket's share of grocery purchases | " + p3pct(this.br.favouriteShare) + " | "
				+ p3pct(this.mx.favouriteShare) + " |");
		line("| spending as a share of income (users with income in the year) | " + p3pct(this.br.spendToIncome)
				+ " | " + p3pct(this.mx.spendToIncome) + " |");
		line();
		line("Spending is every outflow of checking and card that is neither an internal transfer (own accounts, "
				+ "card bill, loan instalment), a transfer to a person, nor savings or investment; income is every "
				+ "credit categorised *Income & Payments*.");
		line();
	}

	private void profiles() {
		line("## When people buy");
		line();
		line("Target: purchases peaking on weekends (Saturday above all) and in December. Purchase spend (merchant "
				+ "charges that are not recurring bills; a parcelado purchase at its full value on its first "
				+ "instalment's day) per day of each weekday or month, as shares.");
		line();
		for (Population p : List.of(this.br, this.mx)) {
			line("**" + name(p) + "**, by weekday");
			line();
			line("```");
			double max = max(p.weekdayShare);
			for (DayOfWeek day : DayOfWeek.values()) {
				double share = p.weekdayShare(day);
				line(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + bar(share / max) + " " + pct(share));
			}
			line("```");
			line();
			line("**" + name(p) + "**, by calendar month (the year runs " + p.from + " to " + p.to + ")");
			line();
			line("```");
			max = max(p.monthShare);
			for (Month month : Month.values()) {
				double share = p.monthShare[month.ordinal()];
				line(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + bar(share / max) + " " + pct(share));
			}
			line("```");
			line();
		}
	}

	private void businessDays() {
		line("## Weekends and holidays by operation type");
		line();
		line("Target: salaries, pensions and benefits, direct debits and bank slips (`FOLHA_PAGAMENTO`/`NOMINA`, "
				+ "`CONVENIO_ARRECADACAO`/`DOMICILIACION`, `BOLETO`) never on a weekend or national bank holiday; card "
				+ "purchases and Pix/SPEI may be; nor may a debit whose description says it is a direct debit (`DEB AUT`, `DOMICILIACION`), whatever its operation type. For scale, 104 or 105 of the year's 365 days are weekend days "
				+ "(28.5%) and a dozen are weekday holidays (about 3%). Holiday = a national bank holiday on a "
				+ "weekday (`BusinessCalendar`).");
		line();
		for (Population p : List.of(this.br, this.mx)) {
			line("**" + name(p) + "**");
			line();
			line("| operation type | rule | transactions | on weekends | on weekday holidays |");
			line("|---|---|---|---|---|");
			p.operations.entrySet()
				.stream()
				.sorted((a, b) -> Long.compare(b.getValue().total, a.getValue().total))
				.forEach(e -> line("| `" + e.getKey() + "` | "
						+ (Population.BUSINESS_DAY_ONLY.contains(e.getKey()) ? "business days" : "any day") + " | "
						+ "%,d".formatted(e.getValue().total) + " | " + pct(e.getValue().weekendShare()) + " | "
						+ pct(e.getValue().holidayShare()) + " |"));
			line();
			line("Income credits by subcategory (*Salary*, *Retirement* and *Government* are paid on business days):");
			line();
			line("| subcategory | credits | on weekends | on weekday holidays |");
			line("|---|---|---|---|");
			p.incomeCredits.forEach((k, v) -> line("| " + k + " | " + "%,d".formatted(v.total) + " | "
					+ pct(v.weekendShare()) + " | " + pct(v.holidayShare()) + " |"));
			line();
			if (p.offBusinessDayCount == 0) {
				line("No business-day-only transaction falls on a weekend or holiday.");
			}
			else {
				line("**" + p.offBusinessDayCount + " business-day-only transactions fall on a weekend or holiday**:");
				line();
				line("| operation type, why business days only | transactions |");
				line("|---|---|");
				p.offBusinessDayKinds.forEach((k, n) -> line("| `" + k + "` | " + "%,d".formatted(n) + " |"));
				line();
				line("Examples (user, date, operation type, description):");
				line();
				line("```");
				p.offBusinessDay.stream().limit(10).forEach(this::line);
				line("```");
			}
			line();
		}
	}

	private void categories() {
		line("## Categories");
		line();
		line("Target: all 16 categories of the spec (`EnumTransactionCategory`) appear. Transactions in the year "
				+ "and the share of users with at least one.");
		line();
		line("| category | Brazil transactions | Brazil users | Mexico transactions | Mexico users |");
		line("|---|---|---|---|---|");
		Set<String> all = new LinkedHashSet<>(Population.SPEC_CATEGORIES);
		all.addAll(this.br.categoryTransactions.keySet());
		all.addAll(this.mx.categoryTransactions.keySet());
		for (String category : all) {
			String label = Population.SPEC_CATEGORIES.contains(category) ? category : category + " (not in the spec)";
			line("| " + label + " | " + "%,d".formatted(this.br.categoryTransactions.getOrDefault(category, 0L))
					+ " | " + pct(this.br.share(this.br.categoryUsers.getOrDefault(category, 0))) + " | "
					+ "%,d".formatted(this.mx.categoryTransactions.getOrDefault(category, 0L)) + " | "
					+ pct(this.mx.share(this.mx.categoryUsers.getOrDefault(category, 0))) + " |");
		}
		line();
		line("Spec categories seen: Brazil " + this.br.categoriesSeen().size() + " of 16, Mexico "
				+ this.mx.categoriesSeen().size() + " of 16.");
	}

	// formatting

	private static String name(Population p) {
		return p.country == Country.BR ? "Brazil" : "Mexico";
	}

	private static String money(Population p, long cents) {
		return (p.country == Country.BR ? "R$ " : "MX$ ") + "%,d".formatted(Math.round(cents / 100.0));
	}

	private static String row(Population p, String label, long[] values) {
		StringBuilder row = new StringBuilder("| " + label + " |");
		for (long v : values) {
			row.append(' ').append(money(p, v)).append(" |");
		}
		return row.append(" %.2f |".formatted(values[2] == 0 ? 0 : values[4] / (double) values[2])).toString();
	}

	private static String ratios(long[] generated, long[] official) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < generated.length; i++) {
			parts.add("%.2f".formatted(generated[i] / (double) official[i]));
		}
		return String.join(" | ", parts);
	}

	private static String p3(int[] sorted) {
		return "%.0f / %.0f / %.0f".formatted(Population.percentile(sorted, 10), Population.percentile(sorted, 50),
				Population.percentile(sorted, 90));
	}

	private static String p3pct(double[] sorted) {
		return pct(Population.percentile(sorted, 10)) + " / " + pct(Population.percentile(sorted, 50)) + " / "
				+ pct(Population.percentile(sorted, 90));
	}

	private static String pct(double share) {
		return "%.1f%%".formatted(share * 100);
	}

	private static String pct(int count, int of) {
		return of == 0 ? "n/a" : pct(count / (double) of);
	}

	private static String bar(double fraction) {
		return pad("█".repeat((int) Math.round(Math.max(0, fraction) * BAR)), BAR);
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text : text + " ".repeat(width - text.length());
	}

	private static double max(double[] values) {
		double max = 0;
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max == 0 ? 1 : max;
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private void line() {
		this.out.append('\n');
	}

}
