package io.ponte.connectors.sandbox;

/**
 * Gross to net pay as Brazilian and Mexican payrolls compute it: minimum wages, Brazil's INSS and IRRF, Mexico's
 * ISR (with the employment subsidy) and IMSS worker quota. Real deductions are what make net salaries end in
 * arbitrary cents and grow less than gross, which income models must cope with. All amounts are in cents.
 */
final class Payroll {

	/** Brazil's monthly minimum wage by year from 2017 (BRL). */
	private static final long[] BR_MINIMUM = { 937_00, 954_00, 998_00, 1_045_00, 1_100_00, 1_212_00, 1_320_00,
			1_412_00, 1_518_00, 1_621_00 };

	/** Mexico's general daily minimum wage by year from 2017 (MXN); the monthly wage is 30.4 days of it. */
	private static final long[] MX_DAILY_MINIMUM = { 80_04, 88_36, 102_68, 123_22, 141_70, 172_87, 207_44, 248_93,
			278_80, 315_04 };

	/** Mexico's UMA (unit of measure for exemptions and caps), daily, by year from 2017. */
	private static final long[] MX_DAILY_UMA = { 75_49, 80_60, 84_49, 86_88, 89_62, 96_22, 103_74, 108_57, 113_14,
			117_31 };

	private static final int FIRST_YEAR = 2017;

	/** INSS 2025 bracket tops (BRL) and rates (basis points); the tops move with the minimum wage. */
	private static final long[] INSS_TOPS_2025 = { 1_518_00, 2_793_88, 4_190_83, 8_157_41 };

	private static final int[] INSS_RATES = { 750, 900, 1200, 1400 };

	/** IRRF monthly table from May 2025: bracket tops, rates (basis points) and the deduction of each bracket. */
	private static final long[] IRRF_TOPS = { 2_428_80, 2_826_65, 3_751_05, 4_664_68, Long.MAX_VALUE };

	private static final int[] IRRF_RATES = { 0, 750, 1500, 2250, 2750 };

	private static final long[] IRRF_DEDUCTIONS = { 0, 182_16, 394_16, 675_49, 908_73 };

	/** The simplified monthly discount (25% of the exempt band), used when larger than the INSS paid. */
	private static final long IRRF_SIMPLIFIED = 607_20;

	/** ISR monthly tariff (Art. 96 LISR, 2023 onwards): lower limit, fixed fee, rate in basis points on the excess. */
	private static final long[] ISR_LOWER = { 1, 746_05, 6_332_06, 11_128_02, 12_935_83, 15_487_72, 31_236_50,
			49_233_01, 93_993_91, 125_325_21, 375_975_62 };

	private static final long[] ISR_FEE = { 0, 14_32, 371_83, 893_63, 1_182_88, 1_640_18, 5_004_12, 9_236_89,
			22_665_17, 32_691_18, 117_912_32 };

	private static final int[] ISR_RATES = { 192, 640, 1088, 1600, 1792, 2136, 2352, 3000, 3200, 3400, 3500 };

	/** IMSS worker quota over the integrated wage (sickness, disability and life, old age), about 2.4%. */
	private static final int IMSS_WORKER_BASIS_POINTS = 240;

	private Payroll() {
	}

	/** The legal monthly minimum wage in force in that year (it rises every January). */
	static long minimumWageCents(Country country, int year) {
		return switch (country) {
			case BR -> byYear(BR_MINIMUM, year, 1.06);
			case MX -> Math.round(byYear(MX_DAILY_MINIMUM, year, 1.10) * 30.4);
		};
	}

	/** Mexico's monthly UMA of the year (30.4 daily UMAs). */
	static long umaMonthlyCents(int year) {
		return Math.round(byYear(MX_DAILY_UMA, year, 1.04) * 30.4);
	}

	private static long byYear(long[] table, int year, double growth) {
		int index = year - FIRST_YEAR;
		if (index < 0) {
			return Math.round(table[0] * Math.pow(growth, index));
		}
		if (index >= table.length) {
			return Math.round(table[table.length - 1] * Math.pow(growth, index - table.length + 1) / 100.0) * 100;
		}
		return table[index];
	}

	/** A month's net pay for a gross monthly salary. */
	static long netMonthlyCents(Country country, long grossCents, int year) {
		return switch (country) {
			case BR -> {
				long inss = inssCents(grossCents, year);
				yield grossCents - inss - irrfCents(grossCents, inss, year);
			}
			// the subsidy and the employer-paid quota at the minimum keep low wages from netting less than it
			case MX -> Math.max(grossCents - isrCents(grossCents, year) - imssCents(grossCents, year),
					Math.min(grossCents, minimumWageCents(Country.MX, year)));
		};
	}

	/** Brazil's employee INSS: 7.5/9/12/14% by bracket up to the ceiling, brackets indexed to the minimum wage. */
	static long inssCents(long grossCents, int year) {
		double index = minimumWageCents(Country.BR, year) / (double) BR_MINIMUM[2025 - FIRST_YEAR];
		long below = 0;
		double contribution = 0;
		for (int i = 0; i < INSS_TOPS_2025.length && grossCents > below; i++) {
			long top = Math.round(INSS_TOPS_2025[i] * index);
			contribution += (Math.min(grossCents, top) - below) * INSS_RATES[i] / 10_000.0;
			below = top;
		}
		return Math.round(contribution);
	}

	/**
	 * Brazil's IRRF withheld on a month's taxable pay after INSS (the 2025 table, or the simplified discount when
	 * larger). From 2026 pay up to R$5,000 is exempt and the tax fades in up to R$7,350 (Lei 15.270/2025).
	 */
	static long irrfCents(long grossCents, long inssCents, int year) {
		return irrfOnBaseCents(grossCents, grossCents - Math.max(inssCents, IRRF_SIMPLIFIED), year);
	}

	/** IRRF on a taxable {@code baseCents} for pay of {@code grossCents} (pensions pass their own exemptions). */
	static long irrfOnBaseCents(long grossCents, long baseCents, int year) {
		long tax = 0;
		for (int i = 0; i < IRRF_TOPS.length; i++) {
			if (baseCents <= IRRF_TOPS[i]) {
				tax = Math.max(0, Math.round(baseCents * IRRF_RATES[i] / 10_000.0) - IRRF_DEDUCTIONS[i]);
				break;
			}
		}
		if (year >= 2026 && tax > 0) {
			if (grossCents <= 5_000_00) {
				return 0;
			}
			if (grossCents <= 7_350_00) {
				long reduction = 978_62 - Math.round(grossCents * 0.133145);
				tax = Math.max(0, tax - reduction);
			}
		}
		return tax;
	}

	/**
	 * Mexico's ISR withheld on a monthly wage, net of the employment subsidy; minimum-wage earners are exempt.
	 * The tariff is the 2023-2025 one for every year (approximate before and after).
	 */
	static long isrCents(long grossCents, int year) {
		if (grossCents <= minimumWageCents(Country.MX, year)) {
			return 0;
		}
		int bracket = 0;
		while (bracket + 1 < ISR_LOWER.length && grossCents >= ISR_LOWER[bracket + 1]) {
			bracket++;
		}
		long tax = ISR_FEE[bracket] + Math.round((grossCents - ISR_LOWER[bracket]) * ISR_RATES[bracket] / 10_000.0);
		return Math.max(0, tax - employmentSubsidyCents(grossCents, year));
	}

	/** The monthly subsidio para el empleo for low wages (from May 2024 a share of the UMA, with a wage cap). */
	private static long employmentSubsidyCents(long grossCents, int year) {
		long cap = year <= 2023 ? 7_382_33 : year == 2024 ? 9_081_00 : year == 2025 ? 10_171_00 : 11_492_66;
		if (grossCents > cap) {
			return 0;
		}
		double share = year <= 2024 ? 0.1182 : year == 2025 ? 0.138 : 0.1502;
		return Math.round(umaMonthlyCents(year) * share);
	}

	/** The IMSS worker quota on the integrated wage (about 4.5% above gross); the employer pays it at the minimum. */
	static long imssCents(long grossCents, int year) {
		if (grossCents <= minimumWageCents(Country.MX, year)) {
			return 0;
		}
		return Math.round(grossCents * 1.0452 * IMSS_WORKER_BASIS_POINTS / 10_000.0);
	}

	/** Brazil's 13th salary, second instalment: the whole 13th less INSS and IRRF (taxed apart) less the first. */
	static long thirteenthSecondCents(long thirteenthGrossCents, long firstInstalmentCents, int year) {
		long inss = inssCents(thirteenthGrossCents, year);
		long irrf = irrfCents(thirteenthGrossCents, inss, year);
		return thirteenthGrossCents - inss - irrf - firstInstalmentCents;
	}

	/** Brazil's vacation pay, taxed apart from the month's salary; {@code exemptCents} (sold days) is untaxed. */
	static long vacationNetCents(long taxableGrossCents, long exemptCents, int year) {
		long inss = inssCents(taxableGrossCents, year);
		return taxableGrossCents - inss - irrfCents(taxableGrossCents, inss, year) + exemptCents;
	}

	/**
	 * Mexico's withholding on a one-off payment (aguinaldo, PTU) beyond its exemption, at the marginal rate of the
	 * monthly wage (the Art. 174 RLISR method, simplified).
	 */
	static long mexicanBonusNetCents(long grossCents, long exemptCents, long monthlyWageCents, int year) {
		long taxable = Math.max(0, grossCents - exemptCents);
		if (taxable == 0) {
			return grossCents;
		}
		long withBonus = isrCents(monthlyWageCents + taxable, year);
		long without = isrCents(monthlyWageCents, year);
		return grossCents - Math.max(0, withBonus - without);
	}

}
