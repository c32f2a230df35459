package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The employers of each country as payroll credits show them, built once: name, CNPJ/RFC and paying bank drawn
 * from the employer's name alone (so every employee, in every account, sees the same payer), plus what the
 * employer decides for all its staff: Brazil's data-base month and yearly collective raise, Mexico's PTU.
 * Statement texts are made here once, so monthly generation does not concatenate them again.
 */
final class Employers {

	/** One employer; {@code seed} comes from its name alone. Texts are upper-case ASCII, at most 60 chars. */
	record Employer(String name, Payer payer, long seed, int dataBaseMonth, String salaryText, String advanceText,
			String thirteenthText, String vacationText, String severanceText, String dismissalText,
			String aguinaldoText, String ptuText) {

		/** The collective (inflation) raise of a year, 4-6%, the same for all its employees. */
		double inflationRaise(int year) {
			return 0.04 + 0.02 * Incomes.unit(Draws.mix(this.seed, "raise", year));
		}

		/** Whether it had profits to share (PTU) in May of that year: about 60% of years. */
		boolean paysPtu(int year) {
			return Incomes.unit(Draws.mix(this.seed, "ptu", year)) < 0.6;
		}

		/** The day of May the PTU is paid (by May 30). */
		int ptuDay() {
			return 15 + Math.floorMod(this.seed, 16);
		}

	}

	private static final List<Employer> BRAZIL = build(Country.BR);

	private static final List<Employer> MEXICO = build(Country.MX);

	private Employers() {
	}

	static List<Employer> of(Country country) {
		return country == Country.BR ? BRAZIL : MEXICO;
	}

	/** A random employer, other than {@code previous} when there is a choice. */
	static Employer pick(Country country, SplittableRandom random, Employer previous) {
		List<Employer> employers = of(country);
		Employer employer = employers.get(random.nextInt(employers.size()));
		if (employer == previous && employers.size() > 1) {
			int index = employers.indexOf(employer);
			employer = employers.get((index + 1 + random.nextInt(employers.size() - 1)) % employers.size());
		}
		return employer;
	}

	private static List<Employer> build(Country country) {
		List<Employer> employers = new ArrayList<>();
		boolean br = country == Country.BR;
		for (String raw : Companies.employers(country)) {
			String name = Incomes.ascii(raw);
			SplittableRandom random = new SplittableRandom(raw.hashCode());
			String document = br ? Documents.cnpj(random)
					: Documents.rfcCompany(raw, LocalDate.of(1985, 1, 1).plusDays(random.nextInt(12_000)), random);
			Companies.Bank bank = Draws.weighted(random, Companies.banks(country), Companies.Bank::weight);
			Payer payer = new Payer(name, document, true, bank.code());
			int dataBase = Draws.pick(random, List.of(1, 1, 1, 3, 5, 5, 5, 9, 11));
			employers.add(new Employer(name, payer, Draws.seed(country + "\n" + raw), dataBase,
					Incomes.text(br ? "CRED SALARIO " : "DEPOSITO DE NOMINA ", name),
					Incomes.text("ADIANTAMENTO SALARIAL ", name), Incomes.text("CRED 13 SALARIO ", name),
					Incomes.text("CRED FERIAS ", name), Incomes.text(br ? "CRED RESCISAO " : "FINIQUITO ", name),
					Incomes.text(br ? "CRED RESCISAO " : "LIQUIDACION ", name), Incomes.text("AGUINALDO ", name),
					Incomes.text("PTU ", name)));
		}
		return List.copyOf(employers);
	}

}
