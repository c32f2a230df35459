package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.Careers.Schedule;
import io.ponte.connectors.sandbox.Careers.Spell;
import io.ponte.connectors.sandbox.Cfdi.Concept;
import io.ponte.connectors.sandbox.Cfdi.Party;
import io.ponte.connectors.sandbox.Cfdi.Payslip;
import io.ponte.connectors.sandbox.Cfdi.Tax;
import io.ponte.connectors.sandbox.Persona.Dataset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every CFDI a sandbox taxpayer has, month by month, drawn from the same life the bank sandbox replays:
 * <ul>
 * <li>a pay slip (Nómina) for each salary, aguinaldo and PTU credit the bank received from an employer: its net
 * is the credit, its gross and withholdings those of the job's salary for the period;</li>
 * <li>an invoice the freelancer issued (Ingreso, RESICO) for each payment a client company or person made into
 * the bank: its total is the payment, companies withholding ISR 1.25% and two thirds of the VAT;</li>
 * <li>receipts of what the person bought (fuel, phone, pharmacy, doctors, school), received as Ingreso CFDIs.</li>
 * </ul>
 */
final class TaxpayerCfdis {

	static final BigDecimal VAT = new BigDecimal("0.160000");

	static final BigDecimal VAT_RETAINED = new BigDecimal("0.106667");

	static final BigDecimal RESICO_ISR_RETAINED = new BigDecimal("0.012500");

	static final Party PUBLIC = new Party("XAXX010101000", "PUBLICO EN GENERAL", "616", null);

	/** A business the person buys from, with what its receipts say. */
	private record Supplier(String name, String product, String unitCode, String unitName, String description,
			String usage, String paymentForm, BigDecimal vat, int minQuantity, int maxQuantity, long minUnitCents,
			long maxUnitCents, double monthlyChance) {
	}

	private static final List<Supplier> SUPPLIERS = List.of(
			new Supplier("Gasolinera Los Pinos S.A. de C.V.", "15101514", "LTR", "Litro", "Gasolina regular", "G03",
					"04", VAT, 18, 45, 22_90, 24_60, 0.8),
			new Supplier("Telefonía Celular del Centro S.A. de C.V.", "81161700", "E48", "Unidad de servicio",
					"Servicio de telefonía móvil", "G03", "28", VAT, 1, 1, 199_00, 699_00, 0.9),
			new Supplier("Farmacias Bienestar Popular S.A. de C.V.", "51101500", "H87", "Pieza", "Medicamentos", "G03",
					"28", new BigDecimal("0.000000"), 1, 4, 85_00, 640_00, 0.45),
			new Supplier("Clínica Médica Integral del Valle S.C.", "85121600", "E48", "Unidad de servicio",
					"Consulta médica", "D01", "03", null, 1, 1, 600_00, 1_500_00, 0.15),
			new Supplier("Colegio Vista Hermosa S.C.", "86121500", "E48", "Unidad de servicio",
					"Colegiatura mensual", "D10", "03", null, 1, 1, 2_800_00, 6_500_00, 0.2));

	private final Statement statement;

	private final Taxpayer taxpayer;

	private TaxpayerCfdis(Statement statement) {
		this.statement = statement;
		this.taxpayer = Taxpayer.of(statement.persona);
	}

	static TaxpayerCfdis of(Statement statement) {
		return new TaxpayerCfdis(statement);
	}

	Taxpayer taxpayer() {
		return this.taxpayer;
	}

	/** The CFDIs issued in the window (never after the statement's day), oldest first. */
	List<Cfdi> between(LocalDate from, LocalDate to) {
		Persona p = this.statement.persona;
		List<Cfdi> cfdis = new ArrayList<>();
		if (p.dataset == Dataset.NO_DATA || p.country != Country.MX) {
			return cfdis;
		}
		LocalDate last = to.isAfter(this.statement.today) ? this.statement.today : to;
		LocalDate first = p.dataset == Dataset.LOW ? max(from, last.minusDays(89)) : max(from, last.minusYears(6));
		// an invoice is issued up to five days before its payment: the credits of the days after the window count
		LocalDate paidBy = last.plusDays(6).isAfter(this.statement.today) ? this.statement.today : last.plusDays(6);
		for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(paidBy)); month = month.plusMonths(1)) {
			for (Credit credit : p.incomes.credits(month)) {
				if (credit.date().isAfter(this.statement.today)) {
					continue;
				}
				Cfdi cfdi = credit.stream().startsWith("job") ? payslip(credit) : issued(credit);
				if (cfdi != null) {
					cfdis.add(cfdi);
				}
			}
			purchases(month, cfdis);
		}
		cfdis.removeIf(c -> c.issuedAt().toLocalDate().isBefore(first) || c.issuedAt().toLocalDate().isAfter(last));
		cfdis.sort(Comparator.comparing(Cfdi::issuedAt).thenComparing(Cfdi::uuid));
		return cfdis;
	}

	/** The pay slip of a salary, aguinaldo or PTU credit; null for other job credits (finiquitos). */
	private Cfdi payslip(Credit credit) {
		String stream = credit.stream();
		Spell spell = spell(stream);
		if (spell == null) {
			return null;
		}
		int month = Incomes.index(credit.date());
		int year = credit.date().getYear();
		long monthlyGross = spell.grossCents(Country.MX, month);
		long deposit = credit.cents();
		Payslip slip;
		if (stream.endsWith("-salary")) {
			slip = salarySlip(spell, credit.date(), deposit, monthlyGross, year);
		}
		else if (stream.endsWith("-aguinaldo") || stream.endsWith("-ptu")) {
			boolean aguinaldo = stream.endsWith("-aguinaldo");
			long dailyUma = Payroll.umaMonthlyCents(year) * 10 / 304;
			long exemptCap = (aguinaldo ? 30 : 15) * dailyUma;
			long gross = bonusGross(deposit, exemptCap, monthlyGross, year);
			long exempt = Math.min(gross, exemptCap);
			slip = new Payslip(curp(), "E", credit.date(), credit.date(), credit.date(), 1, "OTHER_PERIODICITY",
					aguinaldo ? "CHRISTMAS_BONUS" : "PROFIT_SHARING", gross - exempt, exempt, gross - deposit, 0);
		}
		else {
			return null;
		}
		Party employer = new Party(credit.payer().document(), credit.payer().name(), "601",
				postcode(Draws.seed(credit.payer().document())));
		Concept concept = new Concept("84111505", "ACT", "Actividad", "Pago de nómina", 1, slip.earnedCents(),
				slip.deductedCents(), "01", List.of(), List.of());
		LocalDateTime issued = credit.date().atTime(credit.localTime().withHour(Math.max(0, credit.localTime().getHour() - 2)));
		return new Cfdi(uuid(stream, credit.date(), credit.cents()), "NOM", folio(stream, credit.date()), issued,
				issued.plusMinutes(7), "INFLOW", "N", employer, this.taxpayer.party(), "99", "PUE", "CN01",
				List.of(concept), slip);
	}

	/**
	 * A salary slip whose net is the deposit: the period's share of the month's withholdings (ISR net of the
	 * employment subsidy, then the IMSS quota) is added back to it to give the period's gross.
	 */
	private Payslip salarySlip(Spell spell, LocalDate paid, long deposit, long monthlyGross, int year) {
		long monthlyNet = Payroll.netMonthlyCents(Country.MX, monthlyGross, year);
		long withheld = monthlyGross - monthlyNet;
		long isr = Math.min(withheld, Payroll.isrCents(monthlyGross, year));
		long periodWithheld = monthlyNet == 0 ? 0 : Math.round((double) withheld * deposit / monthlyNet);
		long periodIsr = Math.min(periodWithheld, monthlyNet == 0 ? 0 : Math.round((double) isr * deposit / monthlyNet));
		LocalDate from;
		LocalDate to;
		int days;
		String periodicity;
		if (spell.schedule() == Schedule.WEEKLY) {
			to = paid;
			from = paid.minusDays(6);
			days = 7;
			periodicity = "WEEKLY";
		}
		else if (spell.schedule() == Schedule.FORTNIGHTLY) {
			YearMonth ym = YearMonth.from(paid);
			boolean firstHalf = paid.getDayOfMonth() <= 15;
			from = firstHalf ? ym.atDay(1) : ym.atDay(16);
			to = firstHalf ? ym.atDay(15) : ym.atEndOfMonth();
			days = 15;
			periodicity = "FIFTEENTH_DAY";
		}
		else {
			YearMonth ym = YearMonth.from(paid);
			from = ym.atDay(1);
			to = ym.atEndOfMonth();
			days = 30;
			periodicity = "MONTHLY";
		}
		return new Payslip(curp(), "O", paid, from, to, days, periodicity, "SALARY", deposit + periodWithheld, 0,
				periodIsr, periodWithheld - periodIsr);
	}

	/** The smallest gross whose net after the bonus withholding reaches the deposit. */
	private static long bonusGross(long deposit, long exempt, long monthlyWage, int year) {
		long low = deposit;
		long high = deposit * 3 + 100;
		while (low < high) {
			long mid = (low + high) >>> 1;
			if (Payroll.mexicanBonusNetCents(mid, exempt, monthlyWage, year) >= deposit) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}

	/**
	 * The invoice a freelancer issued for a client's payment; null for other credits (an app's weekly payout is
	 * invoiced by the app, which withholds the tax itself).
	 */
	private Cfdi issued(Credit credit) {
		if (!this.taxpayer.issuesInvoices() || !"Freelance".equals(credit.subcategory())
				|| credit.stream().equals("informal") || credit.stream().startsWith("platform")
				|| credit.payer() == null) {
			return null;
		}
		boolean company = credit.payer().company();
		Party client = company
				? new Party(credit.payer().document(), credit.payer().name(), "601",
						postcode(Draws.seed(credit.payer().document())))
				: new Party(PUBLIC.rfc(), PUBLIC.name(), PUBLIC.regime(), this.statement.persona.postcode);
		long base = baseFor(credit.cents(), company);
		List<Tax> retained = company ? List.of(new Tax("ISR", RESICO_ISR_RETAINED, base),
				new Tax("IVA", VAT_RETAINED, base)) : List.of();
		Concept concept = new Concept("80111600", "E48", "Unidad de servicio", "Servicios profesionales", 1, base, 0,
				"02", List.of(new Tax("IVA", VAT, base)), retained);
		LocalDateTime issued = credit.date().minusDays(1 + Math.floorMod(credit.cents(), 5)).atTime(LocalTime.of(11, 0))
			.plusMinutes(Math.floorMod(credit.cents(), 300));
		return new Cfdi(uuid(credit.stream(), credit.date(), credit.cents()), "A", folio(credit.stream(), credit.date()),
				issued, issued.plusMinutes(3), "OUTFLOW", "I", this.taxpayer.party(), client, "03", "PUE",
				company ? "G03" : "S01", List.of(concept), null);
	}

	/** The fee before taxes whose invoice total is the payment, to the cent where one exists. */
	private static long baseFor(long paid, boolean company) {
		double factor = company ? 1 + 0.16 - 0.0125 - 0.106667 : 1.16;
		long estimate = Math.round(paid / factor);
		long best = estimate;
		long bestGap = Long.MAX_VALUE;
		for (long base = estimate - 3; base <= estimate + 3; base++) {
			long total = base + new Tax("IVA", VAT, base).amountCents() - (company
					? new Tax("ISR", RESICO_ISR_RETAINED, base).amountCents() + new Tax("IVA", VAT_RETAINED, base).amountCents()
					: 0);
			if (Math.abs(total - paid) < bestGap) {
				bestGap = Math.abs(total - paid);
				best = base;
			}
		}
		return best;
	}

	/** Receipts of the month's purchases: each supplier at most once a month, by its chance. */
	private void purchases(YearMonth month, List<Cfdi> out) {
		Persona p = this.statement.persona;
		SplittableRandom random = Draws.stream(p.seed, "cfdi purchases", Incomes.index(month));
		for (Supplier supplier : SUPPLIERS) {
			if (!Draws.chance(random, supplier.monthlyChance())) {
				continue;
			}
			int quantity = Draws.between(random, supplier.minQuantity(), supplier.maxQuantity());
			long unit = supplier.minUnitCents()
					+ Math.round(random.nextDouble() * (supplier.maxUnitCents() - supplier.minUnitCents()));
			long discount = supplier.maxQuantity() > 1 && Draws.chance(random, 0.2) ? quantity * unit / 20 : 0;
			LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
			LocalDateTime issued = day.atTime(8 + random.nextInt(12), random.nextInt(60), random.nextInt(60));
			long base = quantity * unit - discount;
			List<Tax> transferred = supplier.vat() == null ? List.of() : List.of(new Tax("IVA", supplier.vat(), base));
			Concept concept = new Concept(supplier.product(), supplier.unitCode(), supplier.unitName(),
					supplier.description(), quantity, unit, discount, supplier.vat() == null ? "01" : "02",
					transferred, List.of());
			Party sender = supplier(supplier.name());
			String key = supplier.name() + p.seed;
			out.add(new Cfdi(uuid(key, day, base), "F", folio(key, day), issued, issued.plusMinutes(2), "INFLOW", "I",
					sender, this.taxpayer.party(), supplier.paymentForm(), "PUE", supplier.usage(), List.of(concept),
					null));
		}
	}

	private static Party supplier(String name) {
		SplittableRandom random = new SplittableRandom(Draws.seed(name));
		String rfc = Documents.rfcCompany(name, LocalDate.of(1980, 1, 1).plusDays(random.nextInt(14_000)), random);
		return new Party(rfc, Documents.plain(name.replaceAll(" (S\\.A\\. de C\\.V\\.|S\\.C\\.)$", "")), "601",
				postcode(Draws.seed(name)));
	}

	private Spell spell(String stream) {
		Jobs jobs = this.statement.persona.incomes.jobs();
		if (jobs == null) {
			return null;
		}
		String number = stream.substring(3, stream.indexOf('-'));
		for (Spell spell : jobs.spells()) {
			if (String.valueOf(spell.number()).equals(number)) {
				return spell;
			}
		}
		return null;
	}

	private String curp() {
		return this.statement.persona.nationalId;
	}

	/** The document's folio fiscal, the same for the same document. */
	private String uuid(String key, LocalDate date, long cents) {
		return Cfdi.folioFiscal(Draws.mix(this.statement.persona.seed, key, date.toEpochDay() * 31 + cents));
	}

	private String folio(String key, LocalDate date) {
		return String.valueOf(1 + Math.floorMod(Draws.mix(this.statement.persona.seed, key, date.toEpochDay()), 99_999));
	}

	/** A five-digit postcode of a business, fixed by its seed. */
	private static String postcode(long seed) {
		return "%05d".formatted(1_000 + Math.floorMod(seed, 98_000));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
