package io.ponte.connectors.sandbox;

/**
 * A sandbox person as the SAT registers them: the RFC they logged in with when it is a valid one (otherwise the
 * person's own), their name as registered, their tax regime by what they live on, and their fiscal postcode.
 * The person is {@link Persona}'s, so the bank and the SAT of a username describe one life.
 */
record Taxpayer(Persona persona, String rfc, String name, String regime, String regimeName) {

	static Taxpayer of(Persona persona) {
		String login = persona.userKey.toUpperCase(java.util.Locale.ROOT);
		String rfc = Documents.isValidRfc(login) ? login : persona.taxId;
		String name = Documents.plain(persona.fullName());
		if (persona.dataset == Persona.Dataset.NO_DATA) {
			return new Taxpayer(persona, rfc, name, "616", "Sin obligaciones fiscales");
		}
		return switch (persona.incomes.kind()) {
			case SELF_EMPLOYED -> new Taxpayer(persona, rfc, name, "626", "Régimen Simplificado de Confianza");
			case EMPLOYEE, RETIRED -> new Taxpayer(persona, rfc, name, "605",
					"Sueldos y Salarios e Ingresos Asimilados a Salarios");
			default -> new Taxpayer(persona, rfc, name, "616", "Sin obligaciones fiscales");
		};
	}

	Cfdi.Party party() {
		return new Cfdi.Party(this.rfc, this.name, this.regime, this.persona.postcode);
	}

	/** Whether the taxpayer issues invoices for their own work (and so files monthly and yearly returns). */
	boolean issuesInvoices() {
		return this.regime.equals("626");
	}

}
