package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Careers.Spell;
import io.ponte.connectors.sandbox.Persona.Dataset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a social-security institution knows of a person's jobs: Brazil's INSS (CNIS employments with monthly
 * remunerations and the INSS retained) and Mexico's IMSS (the employment history with base daily salaries, and the
 * current employment). Read from the same career ({@link Careers}) whose salaries the sandbox banks pay, so the
 * employer and the salary of a username agree with its bank statements. Jobs that began after {@code today} are
 * unknown; a job whose end lies after {@code today} is still current.
 */
final class EmploymentDocuments {

	/** CNAE codes by a word of the employer's name; others are office services. */
	private static final Map<String, String> CNAE = Map.ofEntries(Map.entry("TECNOLOGIA", "6201-5/01"),
			Map.entry("SISTEMAS", "6201-5/01"), Map.entry("CONSTRUTORA", "4120-4/00"),
			Map.entry("ENGENHARIA", "7112-0/00"), Map.entry("HOSPITAL", "8610-1/01"),
			Map.entry("CLINICA", "8630-5/03"), Map.entry("TRANSPORT", "4930-2/02"), Map.entry("LOGISTICA", "5250-8/05"),
			Map.entry("EDUCACIONAL", "8513-9/00"), Map.entry("ESCOLA", "8513-9/00"), Map.entry("SUPERMERCADOS", "4711-3/02"),
			Map.entry("RESTAURANTE", "5611-2/01"), Map.entry("HOTEL", "5510-8/01"), Map.entry("FARMACIA", "4771-7/01"),
			Map.entry("CONTABILIDADE", "6920-6/01"), Map.entry("INDUSTRIA", "1330-8/00"));

	/** CBO occupations (code and title), from the lowest-paid to the best-paid. */
	private static final List<String[]> CBO = List.of(new String[] { "5143-20", "Faxineiro" },
			new String[] { "5211-10", "Vendedor de comércio varejista" },
			new String[] { "4221-05", "Recepcionista, em geral" }, new String[] { "7825-10", "Motorista de caminhão" },
			new String[] { "4110-10", "Assistente administrativo" },
			new String[] { "3222-05", "Técnico de enfermagem" }, new String[] { "2522-10", "Contador" },
			new String[] { "2124-05", "Analista de desenvolvimento de sistemas" },
			new String[] { "1421-05", "Gerente administrativo" });

	/** Mexican states by the catalogue's abbreviations, as IMSS names them. */
	private static final Map<String, String> MX_STATES = Map.ofEntries(Map.entry("CDMX", "CIUDAD DE MEXICO"),
			Map.entry("JAL", "JALISCO"), Map.entry("NL", "NUEVO LEON"), Map.entry("PUE", "PUEBLA"),
			Map.entry("QRO", "QUERETARO"), Map.entry("YUC", "YUCATAN"), Map.entry("BC", "BAJA CALIFORNIA"),
			Map.entry("GTO", "GUANAJUATO"), Map.entry("MEX", "ESTADO DE MEXICO"), Map.entry("QROO", "QUINTANA ROO"),
			Map.entry("SON", "SONORA"), Map.entry("VER", "VERACRUZ"), Map.entry("MICH", "MICHOACAN"),
			Map.entry("OAX", "OAXACA"), Map.entry("CHIH", "CHIHUAHUA"), Map.entry("COAH", "COAHUILA"),
			Map.entry("SIN", "SINALOA"));

	/** IMSS keeps health cover for eight weeks after the last contribution. */
	static final int CONSERVATION_DAYS = 56;

	private final Persona persona;

	private final LocalDate today;

	/** The jobs known as of today, the latest first. */
	private final List<Spell> known;

	EmploymentDocuments(Persona persona, LocalDate today) {
		this.persona = persona;
		this.today = today;
		Jobs jobs = persona.incomes.jobs();
		List<Spell> known = new ArrayList<>();
		if (jobs != null && persona.dataset != Dataset.NO_DATA) {
			for (Spell spell : jobs.spells()) {
				if (!startDate(spell).isAfter(today)) {
					known.add(spell);
				}
			}
		}
		known.sort(Comparator.comparingInt(Spell::start).reversed());
		if (persona.dataset == Dataset.LOW && known.size() > 1) {
			known = List.of(known.getFirst());
		}
		this.known = List.copyOf(known);
	}

	static LocalDate startDate(Spell spell) {
		return Incomes.month(spell.start()).atDay(1);
	}

	/** The contract's last day, or null while the job lasts (as of {@code today}). */
	LocalDate endDate(Spell spell) {
		if (spell.end() == Careers.OPEN) {
			return null;
		}
		YearMonth month = Incomes.month(spell.end());
		LocalDate end = month.atDay(Math.min(spell.endDay(), month.lengthOfMonth()));
		return end.isBefore(this.today) ? end : null;
	}

	// Brazil: INSS

	/** The employments overlapping the window, each with its remunerations of the window's months. */
	List<ObjectNode> brazilianEmployments(LocalDate from, LocalDate to) {
		List<ObjectNode> employments = new ArrayList<>();
		int firstMonth = Incomes.index(from.isBefore(LocalDate.of(1900, 1, 1)) ? LocalDate.of(1900, 1, 1) : from);
		int lastMonth = Incomes.index(to.isAfter(this.today) ? this.today : to);
		for (Spell spell : this.known) {
			LocalDate start = startDate(spell);
			LocalDate end = endDate(spell);
			if (start.isAfter(to) || end != null && end.isBefore(from)) {
				continue;
			}
			Employers.Employer employer = spell.employer();
			ObjectNode node = JSON.objectNode();
			node.put("internal_identification", employer.payer().document() + "-" + start);
			node.put("start_date", start.toString());
			node.put("end_date", end == null ? null : end.toString());
			ObjectNode data = node.putObject("employer_data");
			data.put("name", employer.name());
			data.put("code", employer.payer().document());
			data.put("economic_activity", cnae(employer.name()));
			String[] cbo = CBO.get(occupation(spell));
			ObjectNode occupation = node.putArray("occupations").addObject();
			occupation.put("start_date", start.toString());
			occupation.put("end_date", end == null ? null : end.toString());
			occupation.put("description", cbo[0] + " - " + cbo[1]);
			occupation.put("name", cbo[1]);
			occupation.put("locale", "Urbana");
			ArrayNode salaries = node.putArray("salaries");
			int last = end == null ? lastMonth : Math.min(lastMonth, spell.end());
			for (int m = Math.max(firstMonth, spell.start()); m <= last; m++) {
				long gross = spell.grossCents(Country.BR, m);
				salary(salaries, gross, "REGULAR", m);
				if (m % 12 == 11 && (end == null || spell.end() > m)) {
					salary(salaries, gross * monthsInYear(spell, m / 12) / 12, "THIRTEENTH", m);
				}
			}
			employments.add(node);
		}
		return employments;
	}

	private static void salary(ArrayNode salaries, long grossCents, String type, int month) {
		ObjectNode salary = salaries.addObject();
		salary.put("base_amount", money(grossCents));
		salary.put("retained_amount", money(Payroll.inssCents(grossCents, month / 12)));
		salary.put("type", type);
		salary.put("month", Incomes.month(month).toString());
		salary.put("currency", "BRL");
	}

	/** Months of the year worked by December, as the 13th salary counts them. */
	static int monthsInYear(Spell spell, int year) {
		return spell.start() > year * 12 ? 12 - spell.start() % 12 : 12;
	}

	private static String cnae(String employer) {
		for (Map.Entry<String, String> entry : CNAE.entrySet()) {
			if (employer.contains(entry.getKey())) {
				return entry.getValue();
			}
		}
		return "8211-3/00";
	}

	/** An occupation that fits the pay: the better paid, the higher in the list. */
	private static int occupation(Spell spell) {
		double rank = Math.log(spell.grossSteps()[0] / (double) Payroll.minimumWageCents(Country.BR, spell.start() / 12));
		int index = (int) Math.floor(rank * 3) + (int) Math.floorMod(spell.seed(), 2L);
		return Math.max(0, Math.min(CBO.size() - 1, index));
	}

	// Mexico: IMSS

	/**
	 * The IMSS report: one per person, its history the latest job first; with {@code attachPdf}, its constancia de
	 * semanas cotizadas as a base64 PDF in {@code files}. Nothing for the documented no-data worker.
	 */
	List<ObjectNode> mexicanEmploymentRecords(boolean attachPdf) {
		if (this.persona.dataset == Dataset.NO_DATA) {
			return List.of();
		}
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", this.persona.nationalId);
		node.put("report_date", this.today.toString());
		node.put("days_since_extraction", 0);
		ObjectNode personal = personalData(node);
		ObjectNode entitlements = personal.putObject("entitlements");
		boolean employed = this.known.stream().anyMatch(s -> endDate(s) == null);
		LocalDate lastEnd = this.known.stream()
			.map(this::endDate)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		boolean covered = employed || lastEnd != null
				&& !lastEnd.plusDays(CONSERVATION_DAYS).isBefore(this.today);
		entitlements.put("entitled_to_health_insurance", covered);
		entitlements.put("entitled_to_company_benefits", employed);
		entitlements.put("valid_until", !employed && covered ? lastEnd.plusDays(CONSERVATION_DAYS).toString() : null);
		entitlements.put("status", employed ? "EMPLOYED"
				: this.persona.incomes.kind() == IncomeKind.RETIRED ? "RETIRED" : "UNEMPLOYED");
		ObjectNode summary = node.putObject("social_security_summary");
		summary.put("weeks_redeemed", 0);
		summary.put("weeks_reinstated", 0);
		summary.put("weeks_contributed", weeksContributed());
		ArrayNode records = node.putArray("employment_records");
		for (Spell spell : this.known) {
			records.add(record(spell));
		}
		node.putNull("employment_scores");
		node.putNull("salary_estimation");
		if (attachPdf) {
			ObjectNode file = node.putArray("files").addObject();
			file.put("type", WeeksCertificatePdf.TYPE);
			file.put("value", java.util.Base64.getEncoder().encodeToString(WeeksCertificatePdf.of(node)));
		}
		else {
			node.putNull("files");
		}
		return List.of(node);
	}

	/** Weeks with at least one job, counting concurrent jobs once. */
	private long weeksContributed() {
		List<LocalDate[]> periods = new ArrayList<>();
		for (Spell spell : this.known) {
			LocalDate end = endDate(spell);
			periods.add(new LocalDate[] { startDate(spell), end == null ? this.today : end });
		}
		periods.sort(Comparator.comparing(p -> p[0]));
		long days = 0;
		LocalDate covered = LocalDate.MIN;
		for (LocalDate[] period : periods) {
			LocalDate from = period[0].isAfter(covered) ? period[0] : covered.plusDays(1);
			if (!from.isAfter(period[1])) {
				days += ChronoUnit.DAYS.between(from, period[1]) + 1;
				covered = period[1];
			}
		}
		return days / 7;
	}

	private ObjectNode record(Spell spell) {
		LocalDate start = startDate(spell);
		LocalDate end = endDate(spell);
		LocalDate last = end == null ? this.today : end;
		Employers.Employer employer = spell.employer();
		ObjectNode record = JSON.objectNode();
		record.put("employer", employer.name());
		record.put("employer_id", employerRegistration(employer));
		record.put("start_date", start.toString());
		record.put("end_date", end == null ? null : end.toString());
		record.put("weeks_employed", (ChronoUnit.DAYS.between(start, last) + 1) / 7);
		record.put("state", state());
		long base = baseDailyCents(spell, Incomes.index(last));
		record.put("most_recent_base_salary", money(base));
		record.put("monthly_salary", money(monthlyCents(base)));
		record.put("currency", "MXN");
		ArrayNode updates = record.putArray("employment_status_updates");
		long previous = baseDailyCents(spell, spell.start());
		update(updates, "HIRED", previous, start);
		for (int m = spell.start() + 1; m <= Incomes.index(last); m++) {
			long now = baseDailyCents(spell, m);
			if (now != previous) {
				update(updates, "SALARY_MODIFICATION", now, Incomes.month(m).atDay(1));
				previous = now;
			}
		}
		if (end != null) {
			update(updates, "DISMISSED_RESIGNED", previous, end);
		}
		return record;
	}

	private static void update(ArrayNode updates, String event, long baseCents, LocalDate date) {
		ObjectNode update = updates.addObject();
		update.put("event", event);
		update.put("base_salary", money(baseCents));
		update.put("update_date", date.toString());
	}

	/** The current employment as of this month: the jobs that last, or UNEMPLOYED; nothing for no data. */
	List<ObjectNode> mexicanCurrentEmployments() {
		if (this.persona.dataset == Dataset.NO_DATA) {
			return List.of();
		}
		ObjectNode node = JSON.objectNode();
		List<Spell> current = this.known.stream().filter(s -> endDate(s) == null).toList();
		// one report per person: the CURP keys it, though an UNEMPLOYED report shows none (see its body function)
		node.put("internal_identification", this.persona.nationalId);
		node.put("month", YearMonth.from(this.today).toString());
		personalData(node);
		node.put("status", current.isEmpty() ? "UNEMPLOYED" : "EMPLOYED");
		if (current.isEmpty()) {
			node.putNull("current_employment_records");
			return List.of(node);
		}
		ArrayNode records = node.putArray("current_employment_records");
		for (Spell spell : current) {
			Employers.Employer employer = spell.employer();
			ObjectNode record = records.addObject();
			record.put("employer", employer.name());
			record.put("employer_id", employerRegistration(employer));
			record.put("employer_rfc", employer.payer().document());
			record.put("state", state());
			record.put("days_employed", ChronoUnit.DAYS.between(startDate(spell), this.today) + 1);
			long base = baseDailyCents(spell, Incomes.index(this.today));
			record.put("base_salary", money(base));
			record.put("monthly_salary", money(monthlyCents(base)));
		}
		return List.of(node);
	}

	private ObjectNode personalData(ObjectNode node) {
		Persona p = this.persona;
		ObjectNode personal = node.putObject("personal_data");
		personal.put("official_name", Incomes.ascii(p.fullName()));
		personal.put("first_name", p.givenName);
		personal.put("last_name", p.firstSurname + " " + p.lastSurname);
		personal.put("birth_date", p.birthDate.toString());
		ArrayNode documents = personal.putArray("document_ids");
		document(documents, "CURP", p.nationalId);
		document(documents, "NSS", nss());
		document(documents, "RFC", p.taxId);
		return personal;
	}

	private static void document(ArrayNode documents, String type, String number) {
		ObjectNode document = documents.addObject();
		document.put("document_type", type);
		document.put("document_number", number);
	}

	/** The NSS, given at the first affiliation: the first job, or the 18th birthday for who never had one. */
	String nss() {
		Persona p = this.persona;
		int affiliation = this.known.isEmpty() ? p.birthDate.getYear() + 18 : startDate(this.known.getLast()).getYear();
		int subdelegation = 1 + (int) Math.floorMod(Draws.seed(p.city.state()), 99L);
		return Documents.nss(subdelegation, affiliation, p.birthDate.getYear(), Draws.stream(p.seed, "nss"));
	}

	private String state() {
		return MX_STATES.getOrDefault(this.persona.city.state(), "CIUDAD DE MEXICO");
	}

	/**
	 * The employer's IMSS registration (registro patronal): a letter, nine digits and a Luhn check digit, drawn
	 * from the employer alone.
	 */
	static String employerRegistration(Employers.Employer employer) {
		long seed = Draws.mix(employer.seed(), "imss");
		String digits = "%09d".formatted(Math.floorMod(seed, 1_000_000_000L));
		return (char) ('A' + Math.floorMod(seed >>> 40, 26L)) + digits + luhn(digits);
	}

	/** Luhn's check digit of {@code digits}: every second digit doubled, from the rightmost. */
	static int luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = (digits.charAt(digits.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += d / 10 + d % 10;
		}
		return (10 - sum % 10) % 10;
	}

	/**
	 * The integrated base daily salary (salario base de cotización) in a month: the gross daily salary (a month is
	 * 30 days) times the integration factor of the aguinaldo days and the vacation premium (25% of the vacation
	 * days of the years of service).
	 */
	static long baseDailyCents(Spell spell, int month) {
		long daily = Math.round(spell.grossCents(Country.MX, month) / 30.0);
		return Math.round(daily * integrationFactor(spell.bonusDays(), (month - spell.start()) / 12));
	}

	/** The IMSS integration factor, to four decimals. */
	static double integrationFactor(int bonusDays, int yearsOfService) {
		return Math.round((1 + (bonusDays + 0.25 * vacationDays(yearsOfService)) / 365.0) * 10_000) / 10_000.0;
	}

	/** Vacation days by completed years of service, as the finiquito counts them. */
	static int vacationDays(int years) {
		return years < 5 ? 12 + 2 * years : 20 + 2 * ((years - 5) / 5);
	}

	/** A month's salary from a daily one: IMSS's month of 30.4 days. */
	static long monthlyCents(long dailyCents) {
		return Math.round(dailyCents * 30.4);
	}

}
