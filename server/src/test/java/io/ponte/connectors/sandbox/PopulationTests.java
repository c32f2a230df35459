package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invariants and diversity floors of the generated population, over 300 users per country (the report,
 * {@code docs/population.md}, shows the same figures over 1,000). Each population is generated once for the class.
 */
class PopulationTests {

	private static final int USERS = 300;

	private static final Map<Country, Population> POPULATIONS = new EnumMap<>(Country.class);

	@BeforeAll
	static void generate() {
		for (Country country : Country.values()) {
			POPULATIONS.put(country, Population.of(country, USERS, Population.AS_OF));
		}
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void everyIncomeKindAppearsWithAPlausibleShare(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.kindShare(IncomeKind.EMPLOYEE)).as("employees").isBetween(0.45, 0.72);
		assertThat(p.kindShare(IncomeKind.SELF_EMPLOYED)).as("self-employed").isBetween(0.08, 0.26);
		assertThat(p.kindShare(IncomeKind.RETIRED)).as("retired").isBetween(0.04, 0.20);
		assertThat(p.kindShare(IncomeKind.BENEFICIARY)).as("beneficiaries").isBetween(0.02, 0.13);
		assertThat(p.kindShare(IncomeKind.NONE)).as("no regular income").isBetween(0.02, 0.12);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void employeeSalariesFollowTheOfficialSkewedDistribution(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.employeesMeasured).isGreaterThan(USERS / 3);
		assertThat((double) p.employeeMedian()).as("median gross vs official %d", p.officialMedian())
			.isBetween(p.officialMedian() * 0.7, p.officialMedian() * 1.3);
		assertThat(p.employeeGross[4] / (double) p.employeeGross[2]).as("P90/P50").isGreaterThan(2);
		assertThat(p.employeeGross[0]).as("P10 at or above the minimum wage").isGreaterThanOrEqualTo(p.minimumWage2024);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void someUsersAreOverdrawnButNotMost(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.share(p.overdrawn)).isGreaterThan(0.03).isLessThan(0.40);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void someCardHoldersRevolvePayTheMinimumOrPayLate(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.share(p.revolving)).as("revolving").isGreaterThan(0.03);
		assertThat(p.paidMinimum).as("paid the minimum").isPositive();
		assertThat(p.lateOrMissed).as("late or below the minimum").isPositive();
		assertThat(p.revolving).as("not every card holder revolves").isLessThan(p.cardHolders);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void someBorrowersFallBehindOnTheirLoan(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.loanBehindInYear).isPositive().isLessThan(p.loanHolders);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void someDirectDebitsBounce(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.missedDebitUsers).isPositive();
		if (country == Country.MX) {
			assertThat(p.rejectedDebitUsers).isPositive();
		}
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void purchasesPeakOnSaturdaysAndInDecember(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.weekdayShare(DayOfWeek.SATURDAY)).isGreaterThan(p.weekdayShare(DayOfWeek.TUESDAY));
		// shares are per day of the month, so December's 31 days do not help it
		assertThat(p.monthShare[Month.DECEMBER.ordinal()]).isGreaterThan(1 / 12.0);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void payrollDebitsAndBankSlipsAreNeverOnWeekendsOrHolidays(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.offBusinessDayKinds).as("on weekends or holidays, e.g. %s", p.offBusinessDay).isEmpty();
		Population.DayCounts salaries = p.operations.get(country == Country.BR ? "FOLHA_PAGAMENTO" : "NOMINA");
		assertThat(salaries.total).as("payroll credits measured").isGreaterThan(USERS);
		Population.DayCounts debits = p.operations.get(country == Country.BR ? "CONVENIO_ARRECADACAO" : "DOMICILIACION");
		assertThat(debits.total).as("direct debits measured").isGreaterThan(USERS);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void cardPurchasesAndInstantTransfersHappenOnWeekendsToo(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.operations.get(country == Country.BR ? "CARTAO" : "TARJETA").weekendShare()).isGreaterThan(0.2);
		assertThat(p.operations.get(country == Country.BR ? "PIX" : "SPEI").weekendShare()).isGreaterThan(0.1);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void usersBuyFromManyAndDifferentMerchants(Country country) {
		Population p = POPULATIONS.get(country);
		double p10 = Population.percentile(p.merchants, 10);
		double median = Population.percentile(p.merchants, 50);
		double p90 = Population.percentile(p.merchants, 90);
		assertThat(median).as("median distinct merchants a year").isGreaterThanOrEqualTo(15);
		assertThat(p90 - p10).as("P90 - P10 of distinct merchants (%s..%s)", p10, p90).isGreaterThanOrEqualTo(10);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void peopleSpendMostOfTheirIncomeWithinABudget(Country country) {
		Population p = POPULATIONS.get(country);
		double median = Population.percentile(p.spendToIncome, 50);
		assertThat(median).as("median spending / income").isBetween(0.6, 1.0);
		assertThat(Population.percentile(p.spendToIncome, 10)).as("P10").isGreaterThan(0.3);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void transactionsPerYearVaryAcrossUsers(Country country) {
		Population p = POPULATIONS.get(country);
		double p10 = Population.percentile(p.transactions, 10);
		double p90 = Population.percentile(p.transactions, 90);
		assertThat(p10).isPositive();
		assertThat(p90 / p10).as("P90/P10 of transactions a year (%s..%s)", p10, p90).isGreaterThan(1.5);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void everySpecCategoryAppearsAndNoOther(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.categoriesSeen()).hasSize(16);
		assertThat(p.categoriesOutsideSpec()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void usersHoldDifferentSetsOfAccounts(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(p.accountSets).hasSizeGreaterThanOrEqualTo(4);
		assertThat(p.accountSets.values().iterator().next()).as("the most common set").isLessThan(USERS / 2);
	}

	@ParameterizedTest
	@EnumSource(Country.class)
	void shoppersAreLoyalToAFavouriteSupermarket(Country country) {
		Population p = POPULATIONS.get(country);
		assertThat(Population.percentile(p.favouriteShare, 50)).isGreaterThan(0.5);
		assertThat(Population.percentile(p.supermarkets, 90)).isGreaterThanOrEqualTo(2);
	}

}
