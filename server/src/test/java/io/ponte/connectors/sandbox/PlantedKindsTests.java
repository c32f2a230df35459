package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The population is varied enough for a detector's score to mean something: over 400 people per country, every
 * situation the income and recurring-expense detectors must handle is planted in the year before
 * {@link Population#AS_OF}, and each decoy behaves as the trap it stands for.
 */
class PlantedKindsTests {

	static final int USERS = 400;

	/** One person's truth and their statement lines of the last 400 days, by id. */
	record Generated(SandboxTruth truth, Map<String, ObjectNode> transactions, LocalDate today) {

		/** The streams of the truth with a transaction in the year before the instant, by kind. */
		Map<PlantedKind, Integer> kindsInTheYear() {
			Map<PlantedKind, Integer> kinds = new EnumMap<>(PlantedKind.class);
			for (List<SandboxTruth.Stream> list : List.of(this.truth.incomes(), this.truth.recurringExpenses(),
					this.truth.decoys())) {
				for (SandboxTruth.Stream s : list) {
					if (s.transactions().stream().anyMatch(this::inTheYear)) {
						kinds.merge(PlantedKind.valueOf(s.kind()), 1, Integer::sum);
					}
				}
			}
			return kinds;
		}

		boolean inTheYear(String id) {
			ObjectNode tx = this.transactions.get(id);
			return tx != null && !LocalDate.parse(tx.get("value_date").asString()).isBefore(this.today.minusDays(364));
		}

	}

	private static final Map<Country, List<Generated>> PEOPLE = new EnumMap<>(Country.class);

	static synchronized List<Generated> people(Country country) {
		return PEOPLE.computeIfAbsent(country, c -> IntStream.rangeClosed(1, USERS).parallel().mapToObj(i -> {
			Statement statement = new Statement(Persona.of(c == Country.BR ? "erebor_br_retail" : "erebor_mx_retail",
					c, String.format("user%05d", i)), Population.AS_OF);
			Map<String, ObjectNode> transactions = new HashMap<>();
			new TransactionDocuments(statement).transactions(statement.today.minusDays(400), statement.today)
				.forEach(t -> transactions.put(t.get("internal_identification").asString(), t));
			return new Generated(PlantedTruth.of(statement), transactions, statement.today);
		}).toList());
	}

	@ParameterizedTest
	@EnumSource(value = Country.class, names = { "BR", "MX" })
	void everySituationTheDetectorsMustHandleIsPlantedInTheYear(Country country) {
		Map<PlantedKind, Integer> counts = new EnumMap<>(PlantedKind.class);
		people(country).forEach(p -> p.kindsInTheYear().forEach((k, n) -> counts.merge(k, n, Integer::sum)));
		Set<PlantedKind> expected = EnumSet.of(PlantedKind.SALARY_MONTHLY, PlantedKind.SECOND_JOB,
				PlantedKind.JOB_CHANGE, PlantedKind.SEVERANCE, PlantedKind.FREELANCE, PlantedKind.SIDE_GIG,
				PlantedKind.INFORMAL_WORK, PlantedKind.PLATFORM_WEEKLY, PlantedKind.PENSION, PlantedKind.GOVERNMENT,
				PlantedKind.RENT, PlantedKind.TELECOM, PlantedKind.SUBSCRIPTION, PlantedKind.GYM,
				PlantedKind.INSURANCE, PlantedKind.ANNUAL_TAX, PlantedKind.ANNUAL_SUBSCRIPTION,
				PlantedKind.LOAN_INSTALMENT, PlantedKind.BANK_FEE, PlantedKind.FAMILY_HELP, PlantedKind.TAX_REFUND,
				PlantedKind.APP_STORE_PURCHASE, PlantedKind.SHORT_LIVED_SUBSCRIPTION, PlantedKind.GYM_SIGNUP_FEE);
		if (country == Country.BR) {
			// salaries are monthly by law; the weekly pay is the apps'
			expected.addAll(EnumSet.of(PlantedKind.SALARY_MONTHLY_WITH_ADVANCE, PlantedKind.THIRTEENTH,
					PlantedKind.VACATION_PAY, PlantedKind.VARIABLE_BILL, PlantedKind.PROPERTY_TAX));
		}
		else {
			// Mexican utilities bill every two months
			expected.addAll(EnumSet.of(PlantedKind.SALARY_BIWEEKLY, PlantedKind.SALARY_WEEKLY, PlantedKind.AGUINALDO,
					PlantedKind.PTU, PlantedKind.BIMONTHLY_BILL));
		}
		for (PlantedKind kind : expected) {
			assertThat(counts.getOrDefault(kind, 0)).as("%s streams of %s", country, kind).isGreaterThanOrEqualTo(3);
		}
	}

	@ParameterizedTest
	@EnumSource(value = Country.class, names = { "BR", "MX" })
	void decoysAreOneOffsOrUnscheduledAndSitBesideTheRealThing(Country country) {
		int sharedDescriptors = 0;
		for (Generated p : people(country)) {
			for (SandboxTruth.Stream decoy : p.truth().decoys()) {
				PlantedKind kind = PlantedKind.valueOf(decoy.kind());
				assertThat(kind.decoy()).isTrue();
				switch (kind) {
					case SHORT_LIVED_SUBSCRIPTION -> assertThat(decoy.transactions()).hasSizeBetween(1, 2);
					case GYM_SIGNUP_FEE, TAX_REFUND -> assertThat(decoy.transactions()).hasSize(1);
					default -> {
					}
				}
				if (kind == PlantedKind.TAX_REFUND) {
					assertThat(p.truth().categories().get(decoy.transactions().getFirst()))
						.isEqualTo(new SandboxTruth.Category("Taxes", "Tax Return"));
				}
				if (kind == PlantedKind.APP_STORE_PURCHASE || kind == PlantedKind.GYM_SIGNUP_FEE) {
					sharedDescriptors += p.truth().recurringExpenses().stream().anyMatch(e -> sameText(p, e, decoy))
							? 1 : 0;
				}
			}
		}
		assertThat(sharedDescriptors).as("decoys at the descriptor of a real recurring expense").isGreaterThan(10);
	}

	@ParameterizedTest
	@EnumSource(value = Country.class, names = { "BR", "MX" })
	void appWorkIsPaidWeeklyAtAnAmountThatMovesWithTheWeek(Country country) {
		int streams = 0;
		for (Generated p : people(country)) {
			for (SandboxTruth.Stream s : p.truth().incomes()) {
				List<ObjectNode> credits = s.transactions().stream().map(p.transactions()::get)
					.filter(t -> t != null && p.inTheYear(t.get("internal_identification").asString()))
					.toList();
				if (!s.kind().equals("PLATFORM_WEEKLY") || credits.size() < 20) {
					continue;
				}
				streams++;
				assertThat(s.frequency()).isEqualTo("WEEKLY");
				assertThat(credits.stream().map(t -> LocalDate.parse(t.get("value_date").asString()).getDayOfWeek())
					.distinct()).as("one payout weekday").hasSize(1);
				assertThat(credits.stream().map(t -> t.get("amount").decimalValue()).distinct().count())
					.as("amounts that never repeat").isGreaterThan(credits.size() * 9L / 10);
			}
		}
		assertThat(streams).isGreaterThanOrEqualTo(10);
	}

	private static boolean sameText(Generated p, SandboxTruth.Stream expense, SandboxTruth.Stream decoy) {
		String text = p.transactions().containsKey(decoy.transactions().getFirst())
				? p.transactions().get(decoy.transactions().getFirst()).get("description").asString() : null;
		return text != null && expense.transactions().stream().map(p.transactions()::get)
			.anyMatch(t -> t != null && t.get("description").asString().equals(text));
	}

}
