package io.ponte.connectors.sandbox;

import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * One sandbox taxpayer of the SII: a person who invoices as a sole trader (empresa individual) under their own
 * RUT, with a line of business, regular customers and suppliers, and debts with banks. Drawn from the RUT alone
 * (the login's RUT, or one drawn for a documented user), so every login with that RUT sees the same taxpayer.
 * Chile has no sandbox bank, so the banks' people (BR, MX) are untouched; see {@link Persona}.
 */
final class ChileanTaxpayer {

	/** Chile's local time, daylight saving included. */
	static final ZoneId ZONE = ZoneId.of("America/Santiago");

	/** Electronic invoicing became compulsory for every taxpayer in February 2018: documents start there. */
	static final LocalDate ELECTRONIC_SINCE = LocalDate.of(2018, 2, 1);

	/** The generator of each Chilean fiscal resource. */
	static final Map<ResourceKind, Generator> FOR = new EnumMap<>(Map.of(ResourceKind.INVOICES,
			(t, request, asOf) -> new ChileanInvoiceDocuments(t, asOf).invoices(request),
			ResourceKind.TAX_STATUS, (t, request, asOf) -> new ChileanTaxStatusDocuments(t, asOf).taxStatus(),
			ResourceKind.DEBT_REPORTS, (t, request, asOf) -> new ChileanDebtDocuments(t, asOf).debtReports()));

	/** A documents method of one resource, as of an instant. */
	@FunctionalInterface
	interface Generator {

		List<ObjectNode> generate(ChileanTaxpayer taxpayer, FetchRequest request, Instant asOf);

	}

	/** A customer or supplier: a company whose RUT follows from its name, so it is the same for everyone. */
	record Counterparty(String rut, String name) {

		static Counterparty named(String name) {
			SplittableRandom random = new SplittableRandom(Draws.seed("CL company\n" + name));
			return new Counterparty(Documents.rut(random, 76_000_000, 77_999_999), name);
		}

	}

	final String userKey;

	final Persona.Dataset dataset;

	/** The RUT as the SII prints it: {@code 12345678-5}. */
	final String rut;

	final long seed;

	final boolean female;

	final String givenName;

	final String paternalSurname;

	final String maternalSurname;

	/** Start of activities (inicio de actividades) before the SII. */
	final LocalDate startDate;

	final ChileCatalogue.Activity activity;

	/** A second line of business, or null. */
	final ChileCatalogue.Activity secondActivity;

	final LocalDate secondActivityStart;

	final ChileCatalogue.Comuna comuna;

	final String street;

	final int streetNumber;

	final String email;

	final String phone;

	/** Pro Pyme transparent regime (14 D N°8) rather than the general one (14 D N°3). */
	final boolean transparentRegime;

	/** Sales of a typical month: the activity's scale times this person's own. */
	final long monthlySales;

	final List<Counterparty> customers;

	final List<Counterparty> suppliers;

	private ChileanTaxpayer(String userKey, String rut) {
		this.userKey = userKey;
		this.dataset = datasetOf(userKey);
		this.seed = Draws.seed("CL\n" + rut);
		SplittableRandom who = Draws.stream(this.seed, "identity");
		this.rut = rut;
		this.female = who.nextBoolean();
		this.givenName = Draws.pick(who, this.female ? ChileCatalogue.FEMALE : ChileCatalogue.MALE);
		this.paternalSurname = Draws.headward(who, ChileCatalogue.SURNAMES);
		String maternal = Draws.headward(who, ChileCatalogue.SURNAMES);
		while (maternal.equals(this.paternalSurname)) {
			maternal = Draws.pick(who, ChileCatalogue.SURNAMES);
		}
		this.maternalSurname = maternal;
		this.comuna = Draws.weighted(who, ChileCatalogue.COMUNAS, ChileCatalogue.Comuna::weight);
		this.street = Draws.pick(who, ChileCatalogue.STREETS);
		this.streetNumber = 100 + who.nextInt(3900);
		this.email = Documents.plain(this.givenName.split(" ")[0] + "." + this.paternalSurname).toLowerCase()
				+ (who.nextBoolean() ? "" : Integer.toString(who.nextInt(10, 99))) + "@"
				+ (who.nextInt(10) < 7 ? "gmail.com" : "hotmail.com");
		this.phone = "+56 9 %04d %04d".formatted(who.nextInt(2000, 9999), who.nextInt(10000));

		SplittableRandom business = Draws.stream(this.seed, "business");
		this.startDate = LocalDate.of(2008, 1, 1).plusDays(business.nextInt(365 * 14));
		List<ChileCatalogue.Activity> activities = ChileCatalogue.ACTIVITIES;
		ChileCatalogue.Activity main = Draws.pick(business, activities);
		ChileCatalogue.Activity other = Draws.pick(business, activities);
		boolean second = this.dataset == Persona.Dataset.REGULAR && business.nextInt(4) == 0 && other != main;
		// the documented full user sells to the public (boletas) and also teaches (exempt facturas)
		this.activity = switch (this.dataset) {
			case LOW -> activities.getFirst();
			case FULL -> activities.stream().filter(ChileCatalogue.Activity::consumers).findFirst().orElseThrow();
			default -> main;
		};
		this.secondActivity = this.dataset == Persona.Dataset.FULL
				? activities.stream().filter(a -> !a.vatAffected()).findFirst().orElseThrow() : second ? other : null;
		this.secondActivityStart = this.startDate.plusDays(
				this.dataset == Persona.Dataset.FULL ? 200 : 200 + business.nextInt(1500));
		this.transparentRegime = business.nextInt(3) == 0;
		double scale = switch (this.dataset) {
			case LOW -> 0.15;
			case FULL -> 1.5;
			default -> 0.4 + business.nextDouble() * 1.2;
		};
		this.monthlySales = Math.round(this.activity.monthlySales() * scale / 1000) * 1000;
		this.customers = counterparties(business, 4 + business.nextInt(6));
		this.suppliers = counterparties(business, 3 + business.nextInt(5));
	}

	/**
	 * The taxpayer of a login: a RUT logs in as itself (dots, hyphen and case aside); a documented user (or any
	 * other name) gets a RUT drawn from its name.
	 */
	static ChileanTaxpayer of(String userKey) {
		String rut = Documents.normalizedRut(userKey);
		if (rut == null) {
			rut = Documents.rut(new SplittableRandom(Draws.seed("CL rut\n" + userKey)), 6_000_000, 24_999_999);
		}
		return new ChileanTaxpayer(userKey, rut);
	}

	/** The documented fiscal users' data shapes; anyone else is a regular taxpayer. */
	static Persona.Dataset datasetOf(String userKey) {
		return switch (userKey) {
			case "fiscal100" -> Persona.Dataset.FULL;
			case "fiscal101" -> Persona.Dataset.NO_DATA;
			case "fiscal102" -> Persona.Dataset.LOW;
			default -> Persona.Dataset.REGULAR;
		};
	}

	/** The name as the SII registers it: surnames first, in capitals. */
	String registeredName() {
		return Documents.plain(this.paternalSurname + " " + this.maternalSurname + " " + this.givenName);
	}

	String address() {
		return this.street + " " + this.streetNumber + ", " + this.comuna.name() + ", " + this.comuna.region();
	}

	/** The first day the taxpayer's electronic documents can carry. */
	LocalDate firstDocumentDay() {
		return this.startDate.isAfter(ELECTRONIC_SINCE) ? this.startDate : ELECTRONIC_SINCE;
	}

	/** The activities the taxpayer has registered as of {@code today}, the main one first. */
	List<ChileCatalogue.Activity> activitiesOn(LocalDate today) {
		List<ChileCatalogue.Activity> activities = new ArrayList<>(List.of(this.activity));
		if (this.secondActivity != null && !this.secondActivityStart.isAfter(today)) {
			activities.add(this.secondActivity);
		}
		return activities;
	}

	/** Whether the taxpayer issues boletas: a line of business selling to the public. */
	boolean sellsToConsumers(LocalDate today) {
		return activitiesOn(today).stream().anyMatch(ChileCatalogue.Activity::consumers);
	}

	private static List<Counterparty> counterparties(SplittableRandom random, int count) {
		List<Counterparty> found = new ArrayList<>();
		while (found.size() < count) {
			Counterparty company = Counterparty.named(Draws.pick(random, ChileCatalogue.TRADE_PREFIXES) + " "
					+ Draws.pick(random, ChileCatalogue.TRADE_CORES) + " "
					+ Draws.pick(random, ChileCatalogue.TRADE_SUFFIXES));
			if (found.stream().noneMatch(c -> c.rut().equals(company.rut()))) {
				found.add(company);
			}
		}
		return found;
	}

}
