package io.ponte.connectors.sandbox;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A person's replayed history as of one instant, with what every resource family's documents share: money and
 * number formats, the institution's own identity, bill names. Documents are the OFDA Brazil shapes, without the
 * fields the server assigns; a reference to another document carries its {@code internal_identification}.
 */
final class Statement {

	static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

	static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	private static final MathContext FLOAT_PRECISION = new MathContext(7, RoundingMode.HALF_UP);

	final Persona persona;

	final Ledger ledger;

	final Instant asOf;

	/** The local day of the instant. */
	final LocalDate today;

	final boolean br;

	Statement(Persona persona, Instant asOf) {
		this.persona = persona;
		this.ledger = Ledger.replay(persona, asOf);
		this.asOf = asOf;
		this.today = this.ledger.end;
		this.br = persona.country == Country.BR;
	}

	/** The institution's own CNPJ, derived from its code so every customer sees the same one. */
	String institutionTaxId() {
		return Documents.cnpj(new SplittableRandom(Draws.seed(this.persona.institution)));
	}

	String institutionName() {
		String code = this.persona.institution;
		String brand = code.contains("_") ? code.substring(0, code.indexOf('_')) : code;
		return brand.substring(0, 1).toUpperCase(Locale.ROOT) + brand.substring(1) + (this.br ? " Banco S.A." : " Banco");
	}

	String billName(LocalDate due) {
		Locale locale = this.br ? Locale.of("pt", "BR") : Locale.of("es", "MX");
		String month = due.getMonth().getDisplayName(TextStyle.FULL, locale);
		return (this.br ? "Fatura " : "Estado de cuenta ") + month + " " + due.getYear();
	}

	static BigDecimal money(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	/** At most {@code scale} decimals and seven significant digits: the spec's numbers are {@code float}s. */
	static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).round(FLOAT_PRECISION);
	}

}
