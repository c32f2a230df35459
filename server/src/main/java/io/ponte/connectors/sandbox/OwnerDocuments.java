package io.ponte.connectors.sandbox;

import static io.ponte.connectors.sandbox.Statement.JSON;
import static io.ponte.connectors.sandbox.Statement.SECONDS;
import static io.ponte.connectors.sandbox.Statement.money;

import io.ponte.connectors.sandbox.Persona.AccountKind;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The account holder, as the bank registered them: identity, contacts, address, declared income. */
final class OwnerDocuments {

	private final Statement statement;

	private final Persona persona;

	private final Ledger ledger;

	private final boolean br;

	OwnerDocuments(Statement statement) {
		this.statement = statement;
		this.persona = statement.persona;
		this.ledger = statement.ledger;
		this.br = statement.br;
	}

	List<ObjectNode> owners() {
		if (this.ledger.accounts().isEmpty()) {
			return List.of();
		}
		Persona p = this.persona;
		ObjectNode owner = JSON.objectNode();
		owner.put("internal_identification", p.tag + "-owner");
		owner.put("display_name", p.fullName());
		owner.putNull("social_name");
		owner.put("birth_date", p.birthDate.toString());
		owner.put("marital_status", p.maritalStatus);
		owner.putNull("marital_status_additional_info");
		owner.put("gender", p.female ? "FEMALE" : "MALE");
		owner.putArray("companies_id").add(this.statement.institutionTaxId());
		owner.put("is_local_resident", true);
		ObjectNode document = owner.putObject("document_id");
		document.put("document_type", this.br ? "CPF" : "RFC");
		document.put("document_number", p.taxId);
		ObjectNode additional = owner.putArray("additional_documents").addObject();
		if (this.br) {
			additional.put("type", "ID_CARD");
			additional.put("type_additional_info", "RG");
			additional.put("number", p.nationalId);
			additional.put("check_digit", String.valueOf(p.nationalId.chars().sum() % 10));
			additional.put("issue_date", p.birthDate.plusYears(18).toString());
		}
		else {
			additional.put("type", "OTHER");
			additional.put("type_additional_info", "CURP");
			additional.put("number", p.nationalId);
			additional.put("check_digit", p.nationalId.substring(17));
			additional.putNull("issue_date");
		}
		additional.putNull("expiration_date");
		additional.put("country_of_issuance", p.country.iso3);
		additional.putNull("additional_info");
		owner.putNull("nationalities");
		owner.put("email", p.email);
		ObjectNode email = owner.putArray("emails").addObject();
		email.put("is_main", true);
		email.put("email", p.email);
		String line = p.street + ", " + p.streetNumber;
		owner.put("address", line + ", " + p.city.name() + " - " + p.city.state() + ", " + p.postcode);
		ObjectNode address = owner.putArray("addresses").addObject();
		address.put("is_main", true);
		address.put("address", line);
		address.putNull("additional_info");
		address.put("district_name", p.district.name());
		address.put("town", p.city.name());
		address.put("town_code", p.city.ibgeCode());
		address.put("state", p.stateCode());
		// the schema wants eight digits (a CEP); a Mexican código postal is zero-padded
		address.put("postcode", "%8s".formatted(p.postcode).replace(' ', '0'));
		address.put("country_name", this.br ? "Brasil" : "México");
		address.put("country_code", p.country.iso3);
		address.put("latitude", p.city.latitude());
		address.put("longitude", p.city.longitude());
		owner.put("phone_number", "+" + p.country.phonePrefix + " " + p.city.areaCode() + " " + p.phone);
		ObjectNode phone = owner.putArray("phone_numbers").addObject();
		phone.put("is_main", true);
		phone.put("type", "MOBILE");
		phone.putNull("additional_info");
		// a Mexican lada may have three digits, which the (Brazilian) schema's area code cannot hold: Mexico's
		// ten-digit national number goes whole into the number
		phone.put("number", this.br ? p.phone : p.city.areaCode() + p.phone);
		phone.put("country_code", p.country.phonePrefix);
		phone.put("area_code", this.br ? p.city.areaCode() : null);
		phone.putNull("extension");
		ObjectNode mother = owner.putArray("filiations").addObject();
		mother.put("type", "MOTHER");
		mother.put("civil_name", p.motherName);
		mother.putNull("social_name");
		financialProfile(owner.putObject("financial_profile"));
		ObjectNode relation = owner.putObject("financial_relation");
		relation.put("start_date", p.since.minusYears(1 + (int) (p.seed >>> 61)).atStartOfDay().format(SECONDS));
		ArrayNode services = relation.putArray("product_services");
		this.ledger.accounts().forEach(kind -> services.add(switch (kind) {
			case CHECKING -> "CONTA_DEPOSITO_A_VISTA";
			case SAVINGS -> "CONTA_POUPANCA";
			case CARD -> "CARTAO_CREDITO";
			case LOAN -> "OPERACAO_CREDITO";
		}));
		relation.putNull("product_services_additional_info");
		relation.putArray("procurators");
		ArrayNode products = relation.putArray("products");
		product(products, "CHECKING_ACCOUNT", p.bank.checkingNumber());
		if (this.ledger.accounts().contains(AccountKind.SAVINGS)) {
			product(products, "SAVINGS_ACCOUNT", p.bank.savingsNumber());
		}
		return List.of(owner);
	}

	private void product(ArrayNode products, String type, String number) {
		ObjectNode product = products.addObject();
		product.put("type", type);
		product.put("subtype", "INDIVIDUAL");
		product.put("agency", this.br ? this.persona.bank.agency() : null);
		product.put("clearing_code", this.persona.bank.code());
		product.put("number", number);
		product.put("check_digit", this.persona.bank.checkDigit());
	}

	/**
	 * What the person declared when opening the account: the income the bank sees credited (the latest
	 * regular income), the employer's CNPJ from the salary credits.
	 */
	private void financialProfile(ObjectNode profile) {
		Persona p = this.persona;
		Booking salary = null;
		for (int i = this.ledger.entries.size() - 1; i >= 0 && salary == null; i--) {
			Booking booking = this.ledger.entries.get(i).booking();
			if ("Salary".equals(booking.subcategory()) && booking.counterparty() != null
					&& booking.counterparty().company()) {
				salary = booking;
			}
		}
		if (this.br && salary != null) {
			profile.put("company_id", salary.counterparty().document());
		}
		else {
			profile.putNull("company_id");
		}
		IncomeKind kind = p.incomes.kind();
		profile.put("occupation_code", "OTHER");
		profile.put("occupation_description", salary != null ? "Employee at " + salary.counterparty().name()
				: kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		ObjectNode income = profile.putObject("informed_income");
		long monthly = p.incomes.regularMonthlyCents(p.since);
		income.put("frequency", "MONTHLY");
		income.put("amount", money(monthly));
		income.put("currency", p.country.currency);
		income.put("date", p.since.toString());
		ObjectNode patrimony = profile.putObject("patrimony");
		patrimony.put("amount", money(Persona.roundTo(monthly * 12 * (0.5 + (p.seed >>> 58) / 16.0), 1000_00)));
		patrimony.put("currency", p.country.currency);
		patrimony.put("year", p.since.getYear());
	}

}
