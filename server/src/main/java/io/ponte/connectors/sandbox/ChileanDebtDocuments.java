package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The taxpayer's debt report (informe de deudas) as banks report it to the CMF at each month's end: direct debts
 * (their own loans, amortizing month by month), indirect ones (loans they guarantee), and credit lines. Each debt
 * splits by days past due; the report's totals are the sums of its debts, direct and indirect.
 */
final class ChileanDebtDocuments {

	/** One debt: what is owed, split by days past due. */
	record Debt(String bank, String creditType, long current, long delinquent, long severelyDelinquent,
			long defaulted) {

		long amount() {
			return this.current + this.delinquent + this.severelyDelinquent + this.defaulted;
		}

	}

	private final ChileanTaxpayer taxpayer;

	private final LocalDate today;

	ChileanDebtDocuments(ChileanTaxpayer taxpayer, Instant asOf) {
		this.taxpayer = taxpayer;
		this.today = LocalDate.ofInstant(asOf, ChileanTaxpayer.ZONE);
	}

	List<ObjectNode> debtReports() {
		ChileanTaxpayer t = this.taxpayer;
		if (t.dataset == Persona.Dataset.NO_DATA) {
			return List.of();
		}
		LocalDate reported = YearMonth.from(this.today).minusMonths(1).atEndOfMonth();
		SplittableRandom random = Draws.stream(t.seed, "debts");
		List<Debt> direct = new ArrayList<>();
		List<Debt> indirect = new ArrayList<>();
		boolean full = t.dataset == Persona.Dataset.FULL;
		boolean low = t.dataset == Persona.Dataset.LOW;
		if (!low && (full || random.nextInt(3) == 0)) {
			direct.add(amortizing(random, "Vivienda", 45_000_000, 120_000_000, 240, reported, false));
		}
		if (full || random.nextInt(2) == 0) {
			direct.add(amortizing(random, "Consumo", 1_500_000, 12_000_000, 48, reported,
					full || (!low && random.nextInt(8) == 0)));
		}
		if (!low && (full || random.nextInt(3) == 0)) {
			direct.add(amortizing(random, "Comercial", 5_000_000, 40_000_000, 60, reported, false));
		}
		if (full || (!low && random.nextInt(10) == 0)) {
			long guaranteed = 500_000 + random.nextInt(4_000) * 1_000L;
			indirect.add(new Debt(Draws.pick(random, ChileCatalogue.BANKS), "Consumo", 0, 0, 0, guaranteed));
		}
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", t.rut + "/" + reported);
		ObjectNode person = node.putObject("personal_data");
		person.put("full_name", Documents.plain(t.paternalSurname + " " + t.maternalSurname + " " + t.givenName));
		person.put("document_id_type", "RUT");
		person.put("document_id_number", t.rut);
		node.put("debt_data_last_update", reported.toString());
		node.put("currency", "CLP");
		List<Debt> all = new ArrayList<>(direct);
		all.addAll(indirect);
		node.put("total", pesos(all.stream().mapToLong(Debt::amount).sum()));
		node.put("current", pesos(all.stream().mapToLong(Debt::current).sum()));
		node.put("delinquent", pesos(all.stream().mapToLong(Debt::delinquent).sum()));
		node.put("severely_delinquent", pesos(all.stream().mapToLong(Debt::severelyDelinquent).sum()));
		node.put("defaulted", pesos(all.stream().mapToLong(Debt::defaulted).sum()));
		debts(node.putArray("direct_debts"), direct);
		debts(node.putArray("indirect_debts"), indirect);
		ArrayNode lines = node.putArray("credit_lines");
		int cards = low ? 1 : 1 + random.nextInt(full ? 3 : 2);
		for (int i = 0; i < cards; i++) {
			ObjectNode line = lines.addObject();
			line.put("financial_institution", Draws.pick(random, ChileCatalogue.BANKS));
			line.put("direct_amount", pesos(300_000 + random.nextInt(60) * 50_000L));
			line.putNull("indirect_amount");
		}
		node.putArray("other_credits");
		return List.of(node);
	}

	/**
	 * A loan granted some months before the report, paid in equal principal installments: what remains at the
	 * report. A troubled one has its last installments unpaid, aged by how long ago each fell due.
	 */
	private static Debt amortizing(SplittableRandom random, String type, long low, long high, int months,
			LocalDate reported, boolean troubled) {
		String bank = Draws.pick(random, ChileCatalogue.BANKS);
		long principal = (low + random.nextLong(high - low)) / 1_000 * 1_000;
		LocalDate granted = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
		long elapsed = Math.max(0, ChronoUnit.MONTHS.between(YearMonth.from(granted), YearMonth.from(reported)));
		long periods = Math.floorMod(elapsed, months);
		long installment = principal / months;
		long remaining = principal - installment * periods;
		if (!troubled) {
			return new Debt(bank, type, remaining, 0, 0, 0);
		}
		long delinquent = installment;
		long severely = installment;
		long defaulted = installment * (1 + random.nextInt(3));
		long current = Math.max(0, remaining - delinquent - severely - defaulted);
		return new Debt(bank, type, current, delinquent, severely, defaulted);
	}

	private static void debts(ArrayNode array, List<Debt> debts) {
		for (Debt debt : debts) {
			ObjectNode node = array.addObject();
			node.put("financial_institution", debt.bank());
			node.put("credit_type", debt.creditType());
			node.put("amount", pesos(debt.amount()));
			node.put("current", pesos(debt.current()));
			node.put("delinquent", pesos(debt.delinquent()));
			node.put("severely_delinquent", pesos(debt.severelyDelinquent()));
			node.put("defaulted", pesos(debt.defaulted()));
		}
	}

	private static BigDecimal pesos(long pesos) {
		return money(pesos * 100);
	}

}
