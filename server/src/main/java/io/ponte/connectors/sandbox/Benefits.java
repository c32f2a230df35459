package io.ponte.connectors.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Pensions and government transfers as the paying agencies schedule them: Brazil's INSS (by the benefit number's
 * final digit, with the pensioners' 13th), BPC, Bolsa Família (last ten business days by NIS digit) and Auxílio
 * Gás; Mexico's IMSS pension with its aguinaldo and the bimonthly Bienestar programmes. Amounts follow each year's
 * official values (minimum wage, yearly inflation adjustments, programme tables), so benefit income moves the way
 * real benefit income does.
 */
final class Benefits implements Incomes.Source {

	/** What pays and how. */
	enum Programme {

		INSS_PENSION, BPC, BOLSA_FAMILIA, IMSS_PENSION, BIENESTAR_ELDERLY, BIENESTAR_DISABILITY, BECA_BENITO_JUAREZ

	}

	static final Payer INSS = new Payer("INSS", "29979036000140", true, null);

	static final Payer CAIXA = new Payer("CAIXA ECONOMICA FEDERAL", "00360305000104", true, "104");

	static final Payer IMSS = new Payer("INSTITUTO MEXICANO DEL SEGURO SOCIAL", "IMS421231I45", true, null);

	static final Payer BIENESTAR = new Payer("BIENESTAR", Documents.rfcCompany("Secretaria de Bienestar",
			LocalDate.of(1992, 5, 25), new SplittableRandom("Secretaria de Bienestar".hashCode())), true, "166");

	/** Yearly adjustment of pensions above the floor in January (Brazil, INPC) or February (Mexico, INPC). */
	private static final double[] BR_ADJUSTMENT = { 0.0207, 0.0343, 0.0448, 0.0545, 0.1016, 0.0593, 0.0371, 0.0477,
			0.0420 };

	private static final double[] MX_ADJUSTMENT = { 0.0677, 0.0483, 0.0283, 0.0315, 0.0736, 0.0782, 0.0466, 0.0421,
			0.0380 };

	/** Bienestar amounts per payment (two months), by year from 2019 (MXN). */
	private static final long[] ELDERLY = { 2_550_00, 2_620_00, 3_100_00, 3_850_00, 4_800_00, 6_000_00, 6_200_00,
			6_400_00 };

	private static final long[] DISABILITY = { 2_550_00, 2_620_00, 2_700_00, 2_800_00, 2_950_00, 3_100_00,
			3_200_00, 3_300_00 };

	private static final long[] SCHOLARSHIP = { 1_600_00, 1_650_00, 1_680_00, 1_680_00, 1_840_00, 1_900_00, 1_900_00,
			1_950_00 };

	/** Auxílio Gás per payment (every two months), by year from 2022 (BRL). */
	private static final long[] GAS = { 110_00, 109_00, 104_00, 108_00, 110_00 };

	private final Programme programme;

	private final long seed;

	/** The first month paid (a month index). */
	private final int start;

	/** The benefit number's, NIS's or surname's digit that fixes the pay day. */
	private final int digit;

	/** Pensions: paid at the floor (the minimum wage), or the ratio of the first benefit to the minimum wage. */
	private final boolean floor;

	private final double ratio;

	private final LocalDate birthDate;

	/** Bolsa Família: adults and children's birth dates; whether the family also gets Auxílio Gás. */
	private final int adults;

	private final LocalDate[] children;

	private final boolean gas;

	private final String[] ids;

	private Benefits(Programme programme, long seed, int start, int digit, boolean floor, double ratio,
			LocalDate birthDate, int adults, LocalDate[] children, boolean gas) {
		this.programme = programme;
		this.seed = seed;
		this.start = start;
		this.digit = digit;
		this.floor = floor;
		this.ratio = ratio;
		this.birthDate = birthDate;
		this.adults = adults;
		this.children = children;
		this.gas = gas;
		this.ids = switch (programme) {
			case INSS_PENSION -> new String[] { "inss", "inss-13th" };
			case BPC -> new String[] { "bpc" };
			case BOLSA_FAMILIA -> new String[] { "bolsa-familia", "auxilio-gas" };
			case IMSS_PENSION -> new String[] { "imss", "imss-aguinaldo" };
			case BIENESTAR_ELDERLY -> new String[] { "bienestar-adultos-mayores" };
			case BIENESTAR_DISABILITY -> new String[] { "bienestar-discapacidad" };
			case BECA_BENITO_JUAREZ -> new String[] { "beca-benito-juarez" };
		};
	}

	/** A retiree's pension: INSS (60% at the minimum wage) or IMSS, from a retirement before the statements. */
	static Benefits pension(Country country, long seed, LocalDate birthDate, LocalDate since) {
		SplittableRandom random = Draws.stream(seed, "pension");
		int retirementAge = (country == Country.BR ? 56 : 60) + random.nextInt(10);
		int retired = Incomes.index(birthDate.plusYears(retirementAge));
		int latest = Incomes.index(since) - 1 - random.nextInt(36);
		// younger retirees are on disability pensions, granted some years before the statements
		int start = Math.max(Incomes.index(birthDate.plusYears(18)), Math.min(retired, latest));
		boolean br = country == Country.BR;
		boolean floor = random.nextDouble() < (br ? 0.6 : 0.35);
		double ratio = floor ? 1 : 1 + Draws.logNormal(random, br ? 0.9 : 0.5, 0.7);
		return new Benefits(br ? Programme.INSS_PENSION : Programme.IMSS_PENSION, Draws.mix(seed, "pension"), start,
				random.nextInt(10), floor, br ? Math.min(ratio, 5.3) : ratio, birthDate, 1, null, false);
	}

	/** A beneficiary's programme: Bolsa Família (or BPC from 65) in Brazil, a Bienestar programme in Mexico. */
	static Benefits programme(Country country, long seed, LocalDate birthDate, LocalDate since) {
		SplittableRandom random = Draws.stream(seed, "programme");
		int age = birthDate.until(since).getYears();
		int start = Incomes.index(since) - 1 - random.nextInt(48);
		int digit = random.nextInt(10);
		long own = Draws.mix(seed, "programme");
		if (country == Country.BR) {
			if (random.nextDouble() < (age >= 65 ? 0.8 : 0.12)) {
				return new Benefits(Programme.BPC, own, start, digit, true, 1, birthDate, 1, null, false);
			}
			int kids = random.nextDouble() < 0.15 ? 0 : 1 + random.nextInt(4);
			LocalDate[] children = new LocalDate[kids];
			for (int i = 0; i < kids; i++) {
				children[i] = since.minusDays(random.nextInt(365 * 17));
			}
			return new Benefits(Programme.BOLSA_FAMILIA, own, start, digit, false, 1, birthDate,
					random.nextBoolean() ? 2 : 1, children, random.nextDouble() < 0.4);
		}
		Programme programme = age >= 64 ? Programme.BIENESTAR_ELDERLY
				: random.nextDouble() < 0.35 ? Programme.BIENESTAR_DISABILITY : Programme.BECA_BENITO_JUAREZ;
		if (programme == Programme.BIENESTAR_ELDERLY) {
			start = Math.max(start, Incomes.index(birthDate.plusYears(65)));
		}
		return new Benefits(programme, own, start, random.nextInt(12), false, 1, birthDate, 1, null, false);
	}

	/** Mexico's universal Pensión para el Bienestar from the bimester after the 65th birthday. */
	static Benefits elderlyBienestar(long seed, LocalDate birthDate) {
		int start = Incomes.index(birthDate.plusYears(65)) + 1;
		return new Benefits(Programme.BIENESTAR_ELDERLY, Draws.mix(seed, "bienestar"), start,
				Math.floorMod(seed, 12), false, 1, birthDate, 1, null, false);
	}

	@Override
	public void credits(int month, List<Credit> out) {
		if (month < this.start) {
			return;
		}
		BusinessCalendar calendar = BusinessCalendar.of(this.programme.ordinal() <= 2 ? Country.BR : Country.MX);
		YearMonth ym = Incomes.month(month);
		int year = month / 12;
		switch (this.programme) {
			case INSS_PENSION, BPC -> {
				// competence c is paid at the end of c (floor benefits, digits 1-5) or early in c + 1
				for (int c = month - 1; c <= month; c++) {
					if (c < this.start) {
						continue;
					}
					LocalDate date = inssPayDay(calendar, c);
					if (Incomes.index(date) != month) {
						continue;
					}
					long gross = inssGross(c);
					boolean bpc = this.programme == Programme.BPC;
					out.add(credit(0, date, c, inssNet(gross, gross, date), "CRED INSS BENEFICIO", INSS,
							"FOLHA_PAGAMENTO", bpc ? "Government" : "Retirement"));
					if (!bpc && (c % 12 == 7 || c % 12 == 10)) {
						int cy = c / 12;
						long thirteenth = gross * (this.start > cy * 12 ? 12 - this.start % 12 : 12) / 12;
						long first = thirteenth / 2;
						long cents = c % 12 == 7 ? first : inssNet(thirteenth, thirteenth, date) - first;
						out.add(credit(1, date, c + 100, cents, "CRED INSS 13 SALARIO", INSS, "FOLHA_PAGAMENTO",
								"Retirement"));
					}
				}
			}
			case BOLSA_FAMILIA -> {
				LocalDate date = calendar.lastBusinessDay(ym);
				for (int back = 10 - (this.digit == 0 ? 10 : this.digit); back > 0; back--) {
					date = calendar.onOrBefore(date.minusDays(1));
				}
				boolean auxilio = month >= 2021 * 12 + 10 && month < 2023 * 12 + 2;
				out.add(credit(0, date, month, bolsaFamilia(month), auxilio ? "AUXILIO BRASIL" : "BOLSA FAMILIA",
						CAIXA, "OUTROS", "Government"));
				if (this.gas && month % 2 == 1 && month >= 2022 * 12 + 7) {
					out.add(credit(1, date, month + 100, GAS[Math.min(year - 2022, GAS.length - 1)], "AUXILIO GAS",
							CAIXA, "OUTROS", "Government"));
				}
			}
			case IMSS_PENSION -> {
				LocalDate date = calendar.nthBusinessDay(ym, 1);
				long pension = imssGross(month);
				out.add(credit(0, date, month, pension, "PENSION IMSS", IMSS, "DEPOSITO", "Retirement"));
				if (month % 12 == 11) {
					out.add(credit(1, date, month + 100, pension, "AGUINALDO PENSION IMSS", IMSS, "DEPOSITO",
							"Retirement"));
				}
			}
			default -> {
				boolean scholarship = this.programme == Programme.BECA_BENITO_JUAREZ;
				if (month % 2 != 0 || scholarship && month % 12 == 6) {
					return;
				}
				long[] table = switch (this.programme) {
					case BIENESTAR_ELDERLY -> ELDERLY;
					case BIENESTAR_DISABILITY -> DISABILITY;
					default -> SCHOLARSHIP;
				};
				String text = switch (this.programme) {
					case BIENESTAR_ELDERLY -> "PENSION BIENESTAR";
					case BIENESTAR_DISABILITY -> "PENSION BIENESTAR DISCAPACIDAD";
					default -> "BECA BENITO JUAREZ";
				};
				out.add(credit(0, calendar.nthBusinessDay(ym, 1 + this.digit), month,
						table[Math.max(0, Math.min(year - 2019, table.length - 1))], text, BIENESTAR, "DEPOSITO",
						"Government"));
			}
		}
	}

	/** INSS's calendar: floor benefits on the last five business days (digits 1-5) or first five of the next month. */
	private LocalDate inssPayDay(BusinessCalendar calendar, int competence) {
		int d = this.digit == 0 ? 10 : this.digit;
		if (this.floor && d <= 5) {
			LocalDate date = calendar.lastBusinessDay(Incomes.month(competence));
			for (int back = 5 - d; back > 0; back--) {
				date = calendar.onOrBefore(date.minusDays(1));
			}
			return date;
		}
		return calendar.nthBusinessDay(Incomes.month(competence + 1), (d - 1) % 5 + 1);
	}

	/** The INSS benefit of a competence: the minimum wage, or the first benefit adjusted each January. */
	private long inssGross(int competence) {
		int year = competence / 12;
		long minimum = Payroll.minimumWageCents(Country.BR, year);
		if (this.floor) {
			return minimum;
		}
		double amount = Payroll.minimumWageCents(Country.BR, this.start / 12) * this.ratio;
		for (int y = this.start / 12 + 1; y <= year; y++) {
			amount *= 1 + adjustment(BR_ADJUSTMENT, y, 0.045);
		}
		long ceiling = Math.round(8_157_41 * (minimum / 1_518_00.0));
		return Math.max(minimum, Math.min(ceiling, Math.round(amount)));
	}

	/** Pensions pay IRRF above the exemption, doubled from 65. */
	private long inssNet(long gross, long taxable, LocalDate date) {
		long exempt = date.isBefore(this.birthDate.plusYears(65)) ? 0 : 1_903_98;
		return gross - Payroll.irrfCents(taxable - exempt, 0, date.getYear());
	}

	/** The IMSS pension: never below the minimum wage, adjusted each February by inflation (ISR exempt). */
	private long imssGross(int month) {
		int year = month / 12;
		double amount = Payroll.minimumWageCents(Country.MX, this.start / 12) * this.ratio;
		for (int y = this.start / 12 + 1; y <= year; y++) {
			if (y < year || month % 12 >= 1) {
				amount *= 1 + adjustment(MX_ADJUSTMENT, y, 0.04);
			}
		}
		return Math.max(Payroll.minimumWageCents(Country.MX, year), Math.round(amount));
	}

	private static double adjustment(double[] table, int year, double otherwise) {
		int index = year - 2018;
		return index >= 0 && index < table.length ? table[index] : otherwise;
	}

	/**
	 * Bolsa Família from March 2023: R$142 a person (at least R$600) plus R$150 per child under 7 and R$50 per
	 * child 7-17; before it Auxílio Brasil (R$400, then R$600) and the old Bolsa Família (R$89 plus R$41 a child).
	 */
	private long bolsaFamilia(int month) {
		if (month < 2021 * 12 + 10) {
			return 89_00 + 41_00L * Math.min(5, this.children.length);
		}
		if (month < 2023 * 12 + 2) {
			return month >= 2022 * 12 + 7 ? 600_00 : 400_00;
		}
		LocalDate day = Incomes.month(month).atDay(1);
		int members = this.adults + this.children.length;
		long amount = Math.max(600_00, 142_00L * members);
		for (LocalDate child : this.children) {
			int age = child.until(day).getYears();
			amount += age < 7 ? 150_00 : age < 18 ? 50_00 : 0;
		}
		return amount;
	}

	private Credit credit(int stream, LocalDate date, long salt, long cents, String text, Payer payer,
			String operationType, String subcategory) {
		return new Credit(this.ids[stream], date, Incomes.payrollTime(Draws.mix(this.seed, salt)), cents, text,
				payer, operationType, subcategory);
	}

	@Override
	public void streams(LocalDate until, List<IncomeStream> out) {
		Map<String, Incomes.Seen> seen = Incomes.scan(this, this.start, Incomes.index(until) + 13, until);
		for (int i = 0; i < this.ids.length; i++) {
			Incomes.Seen s = seen.get(this.ids[i]);
			if (s == null) {
				continue;
			}
			boolean yearly = i == 1 && this.programme != Programme.BOLSA_FAMILIA;
			boolean bimonthly = i == 1 || this.programme.ordinal() >= Programme.BIENESTAR_ELDERLY.ordinal();
			String type = yearly ? "BONUS" : this.programme == Programme.INSS_PENSION
					|| this.programme == Programme.IMSS_PENSION ? "PENSION" : "GOVERNMENT";
			PlantedKind kind = yearly ? this.programme == Programme.INSS_PENSION ? PlantedKind.THIRTEENTH
					: PlantedKind.AGUINALDO : type.equals("PENSION") ? PlantedKind.PENSION : PlantedKind.GOVERNMENT;
			IncomeStream stream = Incomes.stream(this.ids[i], s, until, type,
					yearly ? "YEARLY" : bimonthly ? "BIMONTHLY" : "MONTHLY", payer().name(),
					yearly ? s.lastYearCents : s.lastCents, kind);
			if (stream != null) {
				out.add(stream);
			}
		}
	}

	private Payer payer() {
		return switch (this.programme) {
			case INSS_PENSION, BPC -> INSS;
			case BOLSA_FAMILIA -> CAIXA;
			case IMSS_PENSION -> IMSS;
			default -> BIENESTAR;
		};
	}

	@Override
	public long regularMonthlyCents(LocalDate date) {
		int month = Incomes.index(date);
		if (month < this.start) {
			return 0;
		}
		return switch (this.programme) {
			case INSS_PENSION, BPC -> {
				long gross = inssGross(month);
				yield inssNet(gross, gross, date);
			}
			case BOLSA_FAMILIA -> bolsaFamilia(month);
			case IMSS_PENSION -> imssGross(month);
			case BIENESTAR_ELDERLY -> ELDERLY[Math.max(0, Math.min(month / 12 - 2019, ELDERLY.length - 1))] / 2;
			case BIENESTAR_DISABILITY -> DISABILITY[Math.max(0, Math.min(month / 12 - 2019, DISABILITY.length - 1))]
					/ 2;
			case BECA_BENITO_JUAREZ -> SCHOLARSHIP[Math.max(0, Math.min(month / 12 - 2019, SCHOLARSHIP.length - 1))]
					* 5 / 12;
		};
	}

}
