package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SAT's certificates about a taxpayer as of the statement's day: the constancia de situación fiscal (tax
 * status: identity, fiscal address, activities, regimes, obligations) and the opinión de cumplimiento (tax
 * compliance). A new one is issued each day it is asked for, so each is identified by the RFC and the day.
 */
final class TaxStatusDocuments {

	private final Statement statement;

	private final Taxpayer taxpayer;

	TaxStatusDocuments(Statement statement) {
		this.statement = statement;
		this.taxpayer = Taxpayer.of(statement.persona);
	}

	List<ObjectNode> taxStatus(boolean pdf) {
		Persona p = this.statement.persona;
		if (p.country != Country.MX) {
			return List.of();
		}
		LocalDate today = this.statement.today;
		LocalDate registered = registered();
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", "CSF-" + this.taxpayer.rfc() + "-" + today);
		node.put("place_and_date_of_issuance", Documents.plain(p.city.name()) + ", " + p.city.state() + " A "
				+ today.getDayOfMonth() + " DE " + Documents.plain(today.getMonth().getDisplayName(TextStyle.FULL,
						Locale.of("es", "MX"))) + " DE " + today.getYear());
		node.put("official_name", this.taxpayer.name());
		node.put("id_cif", idCif());
		ObjectNode info = node.putObject("tax_payer_information");
		info.put("rfc", this.taxpayer.rfc());
		info.put("curp", p.nationalId);
		info.put("name", Documents.plain(p.givenName));
		info.put("first_last_name", Documents.plain(p.firstSurname));
		info.put("second_last_name", Documents.plain(p.lastSurname));
		info.put("start_operations_date", registered.toString());
		info.put("status_padron", "ACTIVO");
		info.put("last_status_change_date", registered.toString());
		info.putNull("commercial_name");
		info.putNull("social_name");
		info.put("email", p.email.toUpperCase(Locale.ROOT));
		info.put("phone", p.city.areaCode() + p.phone);
		ObjectNode address = node.putObject("address");
		address.put("postal_code", p.postcode);
		address.put("street_type", "CALLE");
		address.put("street", Documents.plain(p.street));
		address.put("exterior_number", String.valueOf(p.streetNumber));
		address.putNull("interior_number");
		address.put("suburb", Documents.plain(p.district.name()));
		address.put("locality", Documents.plain(p.city.name()));
		address.put("municipality", Documents.plain(p.city.name()));
		address.put("state", p.city.state());
		address.putArray("between_street");
		ArrayNode activities = node.putArray("economic_activity");
		ObjectNode activity = activities.addObject();
		activity.put("economic_activity", switch (this.taxpayer.regime()) {
			case "626" -> "Otros servicios profesionales, científicos y técnicos";
			case "605" -> "Asalariado";
			default -> "Sin actividad económica";
		});
		activity.put("initial_date", registered.toString());
		activity.putNull("end_date");
		activity.put("order", "1");
		activity.put("percentage", "100");
		ObjectNode regime = node.putArray("regimes").addObject();
		regime.put("regimen", this.taxpayer.regimeName());
		regime.put("initial_date", registered.toString());
		regime.putNull("end_date");
		ArrayNode obligations = node.putArray("obligations");
		for (String[] obligation : obligations()) {
			ObjectNode item = obligations.addObject();
			item.put("obligation", obligation[0]);
			item.put("expiration", obligation[1]);
			item.put("initial_date", registered.toString());
			item.putNull("end_date");
		}
		String chain = "||" + today.toString().replace('-', '/') + "|" + this.taxpayer.rfc()
				+ "|CONSTANCIA DE SITUACIÓN FISCAL|" + idCif() + "||";
		node.put("digital_stamp_chain", chain);
		node.put("digital_stamp", seal(chain));
		if (pdf) {
			node.put("pdf", SatPdf.base64("CONSTANCIA DE SITUACIÓN FISCAL", List.of("RFC: " + this.taxpayer.rfc(),
					"CURP: " + p.nationalId, "Nombre: " + this.taxpayer.name(), "idCIF: " + idCif(),
					"Régimen: " + this.taxpayer.regimeName(), "Código postal: " + p.postcode,
					"Lugar y fecha de emisión: " + node.get("place_and_date_of_issuance").asString(),
					"Cadena original: " + chain)));
		}
		else {
			node.putNull("pdf");
		}
		return List.of(node);
	}

	List<ObjectNode> taxComplianceStatus(boolean pdf) {
		if (this.statement.persona.country != Country.MX) {
			return List.of();
		}
		ObjectNode node = JSON.objectNode();
		node.put("internal_identification", "OPC-" + this.taxpayer.rfc() + "-" + this.statement.today);
		node.put("rfc", this.taxpayer.rfc());
		node.put("outcome", outcome());
		if (pdf) {
			node.put("pdf", SatPdf.base64("OPINIÓN DEL CUMPLIMIENTO DE OBLIGACIONES FISCALES",
					List.of("RFC: " + this.taxpayer.rfc(), "Nombre: " + this.taxpayer.name(),
							"Fecha: " + this.statement.today, "Sentido: " + switch (outcome()) {
								case "POSITIVE" -> "POSITIVO";
								case "NEGATIVE" -> "NEGATIVO";
								default -> "SIN OBLIGACIONES FISCALES";
							})));
		}
		else {
			node.putNull("pdf");
		}
		return List.of(node);
	}

	/**
	 * Without obligations, none to comply with; freelancers fall behind on their monthly returns now and then
	 * (about one in six, by the person), everyone else is up to date.
	 */
	String outcome() {
		if (this.taxpayer.regime().equals("616")) {
			return "NO_OBLIGATIONS";
		}
		if (this.taxpayer.issuesInvoices()
				&& Incomes.unit(Draws.mix(this.statement.persona.seed, "tax compliance")) < 1 / 6.0) {
			return "NEGATIVE";
		}
		return "POSITIVE";
	}

	private List<String[]> obligations() {
		return switch (this.taxpayer.regime()) {
			case "626" -> List.of(
					new String[] { "Pago definitivo mensual de IVA.",
							"A más tardar el día 17 del mes inmediato posterior al periodo que corresponda." },
					new String[] { "Pago provisional mensual de ISR. Régimen Simplificado de Confianza.",
							"A más tardar el día 17 del mes inmediato posterior al periodo que corresponda." },
					new String[] { "Declaración anual de ISR. Personas Físicas.",
							"A más tardar el 30 de abril del ejercicio siguiente." });
			case "605" -> List.<String[]>of(new String[] { "Declaración anual de ISR. Personas Físicas.",
					"A más tardar el 30 de abril del ejercicio siguiente, cuando se esté obligado." });
			default -> List.of();
		};
	}

	/** When the person entered the RFC register: at 18, or when first hired or invoicing if later. */
	private LocalDate registered() {
		Persona p = this.statement.persona;
		return p.birthDate.plusYears(18).plusDays(Math.floorMod(p.seed, 700));
	}

	/** The constancia's idCIF: eleven digits, fixed per taxpayer. */
	private String idCif() {
		return "%011d".formatted(Math.floorMod(Draws.mix(this.statement.persona.seed, "idcif"), 100_000_000_000L));
	}

	/** The SAT's seal over the original chain: here the SHA-256 of the chain, in Base64. */
	private static String seal(String chain) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(chain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
