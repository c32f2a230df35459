package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ponte.connectors.sandbox.Careers.Schedule;
import io.ponte.connectors.sandbox.Careers.Spell;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The income model over a population of 2,000 people per country, each with two years of statements. */
class IncomesTests {

	private static final int PEOPLE = 2_000;

	private static final int MONTHS = 24;

	/** One generated person: their incomes and each month's credits from the first statement month. */
	record Person(Country country, long seed, LocalDate birthDate, LocalDate since, Incomes incomes,
			List<List<Credit>> months) {

		YearMonth first() {
			return YearMonth.from(this.since);
		}

		List<Credit> all() {
			return this.months.stream().flatMap(List::stream).toList();
		}

	}

	private static final Map<Country, List<Person>> POPULATION = new EnumMap<>(Country.class);

	static {
		for (Country country : Country.values()) {
			List<Person> people = new ArrayList<>(PEOPLE);
			for (int i = 0; i < PEOPLE; i++) {
				people.add(person(country, "user" + i));
			}
			POPULATION.put(country, people);
		}
	}

	/** Ages and statement starts drawn the way personas draw them: adults, weighted toward working age. */
	private static Person person(Country country, String username) {
		long seed = Draws.seed(country + "\n" + username);
		SplittableRandom random = Draws.stream(seed, "test identity");
		int age = 18 + (int) Math.min(62, Math.abs(Draws.gaussian(random)) * 22 + random.nextInt(8));
		LocalDate birthDate = LocalDate.of(2025, 1, 1).minusYears(age).plusDays(random.nextInt(365));
		LocalDate since = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(540));
		Incomes incomes = Incomes.of(country, Draws.mix(seed, "income"), birthDate, since);
		List<List<Credit>> months = new ArrayList<>(MONTHS);
		for (int k = 0; k < MONTHS; k++) {
			months.add(incomes.credits(YearMonth.from(since).plusMonths(k)));
		}
		return new Person(country, seed, birthDate, since, incomes, months);
	}

	/** A quarter of each country, for the slower checks. */
	private static List<Person> sample() {
		List<Person> some = new ArrayList<>(POPULATION.get(Country.BR).subList(0, PEOPLE / 4));
		some.addAll(POPULATION.get(Country.MX).subList(0, PEOPLE / 4));
		return some;
	}

	private static List<Person> everyone() {
		List<Person> all = new ArrayList<>(POPULATION.get(Country.BR));
		all.addAll(POPULATION.get(Country.MX));
		return all;
	}

	@Test
	void theSameSeedAlwaysGivesTheSamePersonAndMonthsDoNotDependOnTheOrderAsked() {
		for (Person p : sample()) {
			Incomes again = Incomes.of(p.country(), Draws.mix(p.seed(), "income"), p.birthDate(), p.since());
			assertThat(again.kind()).isEqualTo(p.incomes().kind());
			for (int k = MONTHS - 1; k >= 0; k -= 3) {
				assertThat(again.credits(p.first().plusMonths(k))).isEqualTo(p.months().get(k));
			}
			YearMonth later = p.first().plusMonths(30);
			Incomes fresh = Incomes.of(p.country(), Draws.mix(p.seed(), "income"), p.birthDate(), p.since());
			assertThat(fresh.credits(later)).isEqualTo(again.credits(later));
			assertThat(again.streams(p.since().plusYears(2))).isEqualTo(p.incomes().streams(p.since().plusYears(2)));
			assertThat(again.regularMonthlyCents(p.since())).isEqualTo(p.incomes().regularMonthlyCents(p.since()));
		}
	}

	@Test
	void kindsAreSharedAsInTheRealPopulation() {
		for (Country country : Country.values()) {
			Map<IncomeKind, Integer> counts = new EnumMap<>(IncomeKind.class);
			POPULATION.get(country).forEach((p) -> counts.merge(p.incomes().kind(), 1, Integer::sum));
			assertThat(share(counts, IncomeKind.EMPLOYEE)).as("%s employees", country).isCloseTo(0.60, within(0.04));
			assertThat(share(counts, IncomeKind.SELF_EMPLOYED)).as("%s self-employed", country)
				.isCloseTo(0.17, within(0.03));
			assertThat(share(counts, IncomeKind.RETIRED)).as("%s retired", country).isCloseTo(0.10, within(0.03));
			assertThat(share(counts, IncomeKind.BENEFICIARY)).as("%s beneficiaries", country)
				.isCloseTo(0.07, within(0.025));
			assertThat(share(counts, IncomeKind.NONE)).as("%s no income", country).isCloseTo(0.06, within(0.025));
		}
	}

	private static double share(Map<IncomeKind, Integer> counts, IncomeKind kind) {
		return counts.getOrDefault(kind, 0) / (double) PEOPLE;
	}

	@Test
	void grossSalariesFollowTheOfficialDistribution() {
		LocalDate mid2024 = LocalDate.of(2024, 7, 1);
		for (Country country : Country.values()) {
			List<Long> gross = new ArrayList<>();
			for (Person p : POPULATION.get(country)) {
				long cents = p.incomes().grossMonthlyCents(mid2024);
				if (cents > 0) {
					gross.add(cents);
				}
			}
			Collections.sort(gross);
			assertThat(gross.size()).isGreaterThan(PEOPLE / 2);
			assertThat(gross.getFirst()).isGreaterThanOrEqualTo(Payroll.minimumWageCents(country, 2024));
			long[] official = Incomes.officialGrossPercentiles(country);
			for (int i = 0; i < official.length; i++) {
				long sample = gross.get(gross.size() * Careers.PERCENTILE_RANKS[i] / 100);
				assertThat((double) sample).as("%s P%d", country, Careers.PERCENTILE_RANKS[i])
					.isBetween(official[i] * 0.75, official[i] * 1.25);
			}
		}
	}

	@Test
	void salariesPensionsAndBenefitsArriveOnBusinessDaysEarlyInTheMorning() {
		int checked = 0;
		for (Person p : everyone()) {
			BusinessCalendar calendar = BusinessCalendar.of(p.country());
			for (Credit credit : p.all()) {
				String type = credit.operationType();
				if (type.equals("FOLHA_PAGAMENTO") || type.equals("NOMINA") || type.equals("DEPOSITO")
						|| "Government".equals(credit.subcategory()) || "Retirement".equals(credit.subcategory())) {
					assertThat(calendar.isBusinessDay(credit.date())).as("%s", credit).isTrue();
					checked++;
				}
				if (type.equals("NOMINA") || credit.description().startsWith("CRED SALARIO")
						|| credit.description().startsWith("CRED INSS")) {
					assertThat(credit.localTime()).isBetween(LocalTime.of(0, 30), LocalTime.of(7, 0));
				}
			}
		}
		assertThat(checked).isGreaterThan(50_000);
	}

	@Test
	void employeesAreNeverPaidLessThanTheNetMinimumWage() {
		int checked = 0;
		for (Person p : everyone()) {
			if (p.incomes().jobs() == null) {
				continue;
			}
			for (int k = 0; k < MONTHS; k++) {
				YearMonth month = p.first().plusMonths(k);
				int index = Incomes.index(month);
				long floor = Payroll.netMonthlyCents(p.country(),
						Payroll.minimumWageCents(p.country(), month.getYear()), month.getYear());
				if (p.incomes().grossMonthlyCents(month.atDay(1)) > 0) {
					assertThat(p.incomes().regularMonthlyCents(month.atDay(1))).isGreaterThanOrEqualTo(floor);
				}
				for (Spell spell : p.incomes().jobs().spells()) {
					// months well inside a full-time job, away from vacations (Brazil)
					if (spell.partTime() || index - 2 < spell.start() || index + 1 >= spell.end()
							|| spell.vacation(index) || spell.vacation(index - 1)) {
						continue;
					}
					String id = "job" + spell.number() + "-salary";
					List<Credit> pay = p.months().get(k).stream().filter((c) -> c.stream().equals(id)).toList();
					long lastYearFloor = Payroll.netMonthlyCents(p.country(),
							Payroll.minimumWageCents(p.country(), month.getYear() - 1), month.getYear() - 1);
					if (spell.schedule() == Schedule.WEEKLY) {
						assertThat(pay).hasSizeBetween(3, 6)
							.allSatisfy((c) -> assertThat(c.cents()).isGreaterThanOrEqualTo(floor * 7 * 10 / 304));
					}
					else if (spell.schedule() == Schedule.FORTNIGHTLY) {
						assertThat(pay).hasSize(2)
							.allSatisfy((c) -> assertThat(c.cents()).isGreaterThanOrEqualTo(floor / 2));
					}
					else {
						assertThat(pay.stream().mapToLong(Credit::cents).sum()).as("%s", pay)
							.isGreaterThanOrEqualTo(Math.min(floor, lastYearFloor));
					}
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(20_000);
	}

	@Test
	void mexicanQuincenasArriveTwiceAMonthAndWeeklyPayOnFridays() {
		int quincenas = 0;
		int weekly = 0;
		for (Person p : POPULATION.get(Country.MX)) {
			if (p.incomes().jobs() == null) {
				continue;
			}
			for (Spell spell : p.incomes().jobs().spells()) {
				String id = "job" + spell.number() + "-salary";
				for (int k = 0; k < MONTHS; k++) {
					int index = Incomes.index(p.first().plusMonths(k));
					if (index <= spell.start() || index >= spell.end()) {
						continue;
					}
					List<Credit> pay = p.months().get(k).stream().filter((c) -> c.stream().equals(id)).toList();
					if (spell.schedule() == Schedule.FORTNIGHTLY) {
						assertThat(pay).hasSize(2);
						assertThat(pay.get(0).date().getDayOfMonth()).isLessThanOrEqualTo(15);
						assertThat(pay.get(1).date().getDayOfMonth()).isGreaterThan(20);
						quincenas++;
					}
					else if (spell.schedule() == Schedule.WEEKLY) {
						assertThat(pay).allSatisfy((c) -> assertThat(c.date().getDayOfWeek())
							.isIn(DayOfWeek.FRIDAY, DayOfWeek.THURSDAY, DayOfWeek.WEDNESDAY));
						weekly++;
					}
				}
			}
		}
		assertThat(quincenas).isGreaterThan(10 * weekly / 2);
		assertThat(weekly).isGreaterThan(1_000);
	}

	@Test
	void brazilianEmployeesGetTheirThirteenthAndMexicansTheirAguinaldoInDecember() {
		int thirteenths = 0;
		int aguinaldos = 0;
		for (Person p : everyone()) {
			if (p.incomes().jobs() == null) {
				continue;
			}
			for (Spell spell : p.incomes().jobs().spells()) {
				for (int k = 0; k < MONTHS; k++) {
					YearMonth month = p.first().plusMonths(k);
					int index = Incomes.index(month);
					if (month.getMonthValue() != 12 || spell.start() > index - 11 || spell.end() <= index) {
						continue;
					}
					String prefix = "job" + spell.number();
					List<Credit> december = p.months().get(k);
					if (p.country() == Country.BR) {
						assertThat(december).anySatisfy((c) -> {
							assertThat(c.stream()).isEqualTo(prefix + "-13th");
							assertThat(c.date().getDayOfMonth()).isLessThanOrEqualTo(20);
						});
						if (k > 0) {
							assertThat(p.months().get(k - 1)).anySatisfy((c) -> {
								assertThat(c.stream()).isEqualTo(prefix + "-13th");
								assertThat(c.date().getMonthValue()).isEqualTo(11);
							});
						}
						thirteenths++;
					}
					else {
						long fifteenDays = spell.grossCents(p.country(), index) / 2;
						assertThat(december).anySatisfy((c) -> {
							assertThat(c.stream()).isEqualTo(prefix + "-aguinaldo");
							assertThat(c.description()).startsWith("AGUINALDO ");
							assertThat(c.date().getDayOfMonth()).isLessThanOrEqualTo(20);
							// at least 15 days' salary, less the tax beyond the exemption
							assertThat(c.cents()).isGreaterThan(fifteenDays * 6 / 10);
						});
						aguinaldos++;
					}
				}
			}
		}
		assertThat(thirteenths).isGreaterThan(500);
		assertThat(aguinaldos).isGreaterThan(500);
	}

	@Test
	void someEmployeesGoWithoutSalaryWithinTwoYearsAndSomeAreDismissed() {
		for (Country country : Country.values()) {
			int employees = 0;
			int gaps = 0;
			int severances = 0;
			for (Person p : POPULATION.get(country)) {
				if (p.incomes().kind() != IncomeKind.EMPLOYEE) {
					continue;
				}
				employees++;
				if (p.months().stream().anyMatch((m) -> m.stream().noneMatch((c) -> c.stream().endsWith("-salary")))) {
					gaps++;
				}
				if (p.all().stream().anyMatch((c) -> c.stream().endsWith("-severance"))) {
					severances++;
				}
			}
			assertThat(gaps / (double) employees).as("%s employees with a month without pay", country)
				.isBetween(0.10, 0.45);
			assertThat(severances / (double) employees).as("%s employees leaving a job", country).isBetween(0.1, 0.45);
		}
		List<String> openings = List.of("SEGURO DESEMPREGO", "TED RECEBIDA CAIXA ECONOMICA FEDERAL FGTS",
				"LIQUIDACION ", "FINIQUITO ", "CRED RESCISAO ", "ADIANTAMENTO SALARIAL ", "CRED FERIAS ", "PTU ",
				"AGUINALDO ", "CRED 13 SALARIO ");
		Set<String> found = new HashSet<>();
		for (Person p : everyone()) {
			for (Credit c : p.all()) {
				for (String opening : openings) {
					if (c.description().startsWith(opening)) {
						found.add(opening);
					}
				}
			}
		}
		assertThat(found).containsExactlyInAnyOrderElementsOf(openings);
	}

	@Test
	void creditsAreSortedWithRealCentsAndPlainUpperCaseTexts() {
		int credits = 0;
		int wholeUnits = 0;
		List<Credit> wrong = new ArrayList<>();
		for (Person p : everyone()) {
			for (int k = 0; k < MONTHS; k++) {
				YearMonth month = p.first().plusMonths(k);
				List<Credit> list = p.months().get(k);
				for (int i = 0; i < list.size(); i++) {
					Credit c = list.get(i);
					Credit before = i == 0 ? null : list.get(i - 1);
					boolean sorted = before == null || !c.date().atTime(c.localTime())
						.isBefore(before.date().atTime(before.localTime()));
					if (!YearMonth.from(c.date()).equals(month) || c.cents() <= 0 || !sorted
							|| c.description().length() > 60 || !plain(c.description()) || !plain(c.payer().name())) {
						wrong.add(c);
					}
					credits++;
					wholeUnits += c.cents() % 100 == 0 ? 1 : 0;
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(wholeUnits / (double) credits).isLessThan(0.4);
	}

	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " .,&/-".indexOf(c) >= 0)) {
				return false;
			}
		}
		return !text.isBlank();
	}

	@Test
	void streamsCoverEveryCreditButFamilyTransfers() {
		Set<String> types = Set.of("SALARY", "BONUS", "FREELANCE", "PENSION", "GOVERNMENT", "SEVERANCE");
		Set<String> frequencies = Set.of("WEEKLY", "FORTNIGHTLY", "MONTHLY", "BIMONTHLY", "YEARLY", "IRREGULAR",
				"ONE_OFF");
		Set<String> seenTypes = new HashSet<>();
		for (Person p : sample()) {
			LocalDate until = p.first().plusMonths(MONTHS - 1).atEndOfMonth();
			List<IncomeStream> streams = p.incomes().streams(until);
			Map<String, IncomeStream> byId = new HashMap<>();
			streams.forEach((s) -> assertThat(byId.put(s.id(), s)).as("duplicate %s", s.id()).isNull());
			for (IncomeStream s : streams) {
				assertThat(s.type()).isIn(types);
				assertThat(s.frequency()).isIn(frequencies);
				assertThat(s.startDate()).isBeforeOrEqualTo(until);
				assertThat(s.endDate()).satisfiesAnyOf((end) -> assertThat(end).isNull(),
						(end) -> assertThat(end).isBetween(s.startDate(), until));
				assertThat(s.amountCents()).isPositive();
				seenTypes.add(s.type());
			}
			assertThat(byId).doesNotContainKey("family");
			for (Credit c : p.all()) {
				IncomeStream stream = byId.get(c.stream());
				if (c.stream().equals("family") ? c.subcategory() != null
						: stream == null || c.date().isBefore(stream.startDate())) {
					assertThat(stream).as("the stream of %s", c).isNotNull();
					assertThat(c.date()).isAfterOrEqualTo(stream.startDate());
				}
			}
		}
		assertThat(seenTypes).isEqualTo(types);
	}

	@Test
	void peopleWithoutIncomeOnlyGetAFewFamilyTransfers() {
		int people = 0;
		for (Person p : everyone()) {
			if (p.incomes().kind() != IncomeKind.NONE) {
				continue;
			}
			people++;
			assertThat(p.incomes().regularMonthlyCents(p.since())).isZero();
			assertThat(p.incomes().streams(p.since().plusYears(2))).isEmpty();
			for (List<Credit> month : p.months()) {
				assertThat(month).hasSizeLessThanOrEqualTo(3).allSatisfy((c) -> {
					assertThat(c.stream()).isEqualTo("family");
					assertThat(c.operationType()).isIn("PIX", "SPEI");
					assertThat(c.payer().company()).isFalse();
				});
			}
		}
		assertThat(people).isGreaterThan(100);
	}

	@Test
	void freelancersAreIrregularOrPaidWeeklyByAnAppAndRetireesAndBeneficiariesArePaidByTheState() {
		for (Person p : everyone()) {
			IncomeKind kind = p.incomes().kind();
			if (kind == IncomeKind.SELF_EMPLOYED) {
				assertThat(p.all()).allSatisfy((c) -> assertThat(c.stream()).isIn("freelance", "platform-0",
						"platform-1", "bienestar-adultos-mayores"));
				long months = p.months().stream().filter((m) -> m.stream().anyMatch((c) -> !c.stream()
					.startsWith("bienestar"))).count();
				assertThat(months).isGreaterThan(MONTHS / 2);
			}
			else if (kind == IncomeKind.RETIRED) {
				assertThat(p.months().subList(1, MONTHS)).allSatisfy((m) -> assertThat(m)
					.anySatisfy((c) -> assertThat(c.subcategory()).isEqualTo("Retirement")));
			}
			else if (kind == IncomeKind.BENEFICIARY) {
				assertThat(p.all()).anySatisfy((c) -> assertThat(c.subcategory()).isEqualTo("Government"));
			}
		}
	}

	@Test
	void anEmployerHasOneDocumentWhoeverItPays() {
		Map<String, String> documents = new HashMap<>();
		for (Person p : everyone()) {
			for (Credit c : p.all()) {
				if (c.payer().company()) {
					String document = documents.putIfAbsent(c.payer().name(), c.payer().document());
					assertThat(document).isIn(null, c.payer().document());
				}
			}
		}
		assertThat(documents.get("INSS")).isEqualTo("29979036000140");
		assertThat(documents).hasSizeGreaterThan(50);
	}

	@Test
	void payrollDeductsTheTaxesOfEachCountry() {
		// R$3,000 in 2025: INSS 113.85 + 114.83 + 24.73; IRRF exempt under the simplified discount
		assertThat(Payroll.inssCents(3_000_00, 2025)).isEqualTo(253_41);
		assertThat(Payroll.netMonthlyCents(Country.BR, 3_000_00, 2025)).isEqualTo(2_746_59);
		// R$8,000 in 2025: INSS 8157.41-capped brackets, IRRF 27.5% less 908.73
		long inss = Payroll.inssCents(8_000_00, 2025);
		assertThat(Payroll.irrfCents(8_000_00, inss, 2025)).isEqualTo(Math.round((8_000_00 - inss) * 0.275) - 908_73);
		// from 2026 up to R$5,000 pays no income tax
		assertThat(Payroll.irrfCents(5_000_00, Payroll.inssCents(5_000_00, 2026), 2026)).isZero();
		assertThat(Payroll.irrfCents(5_000_00, Payroll.inssCents(5_000_00, 2025), 2025)).isPositive();
		// MX$15,000 in 2025: ISR 1,182.88 + 17.92% over 12,935.83, IMSS 2.4% of the integrated wage
		assertThat(Payroll.isrCents(15_000_00, 2025)).isEqualTo(1_552_78);
		assertThat(Payroll.imssCents(15_000_00, 2025)).isEqualTo(376_27);
		// minimum wages, and the minimum-wage earner keeps all of it in Mexico
		assertThat(Payroll.minimumWageCents(Country.BR, 2026)).isEqualTo(1_621_00);
		assertThat(Payroll.minimumWageCents(Country.MX, 2025)).isEqualTo(8_475_52);
		assertThat(Payroll.netMonthlyCents(Country.MX, 8_475_52, 2025)).isEqualTo(8_475_52);
	}

}
