package io.ponte.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a filter value is read from the query string. A value that does not parse is the client's error
 * (400 naming the parameter), never the database's.
 */
public final class ValueType {

	public static final ValueType TEXT = new ValueType("text", raw -> raw, "Enter a valid value.");

	public static final ValueType UUID = new ValueType("uuid", ValueType::strictUuid, "Enter a valid UUID.");

	public static final ValueType INTEGER = new ValueType("bigint", Long::valueOf, "Enter a whole number.");

	public static final ValueType DECIMAL = new ValueType("numeric", ValueType::decimal, "Enter a number.");

	public static final ValueType BOOLEAN = new ValueType("boolean", ValueType::bool, "Enter true or false.");

	public static final ValueType DATE = new ValueType("date", ValueType::date, "Enter a valid date (YYYY-MM-DD).");

	/**
	 * A timestamp, written as a full ISO-8601 date-time or as a plain date; a plain date stands for the whole
	 * UTC day, so {@code created_at__lte=2024-01-31} includes that day.
	 */
	public static final ValueType DATETIME = new ValueType("timestamptz", ValueType::instantOrDay,
			"Enter a valid date (YYYY-MM-DD) or date-time (ISO-8601).");

	private final String sqlType;

	private final Function<String, Object> parser;

	private final String message;

	private final Set<String> choices;

	private ValueType(String sqlType, Function<String, Object> parser, String message) {
		this(sqlType, parser, message, null);
	}

	private ValueType(String sqlType, Function<String, Object> parser, String message, Set<String> choices) {
		this.sqlType = sqlType;
		this.parser = parser;
		this.message = message;
		this.choices = choices;
	}

	/** A text value limited to an enumeration, as in the spec's enums. */
	public static ValueType choice(String... values) {
		return new ValueType("text", raw -> raw, "Select a valid choice.",
				new LinkedHashSet<>(Arrays.asList(values)));
	}

	/** The PostgreSQL type a column holding these values has. */
	public String sqlType() {
		return this.sqlType;
	}

	boolean isDateTime() {
		return this == DATETIME;
	}

	/** Parses one value, or throws the 400 for {@code parameter}. */
	Object parse(String parameter, String raw) {
		if (raw.indexOf('\0') >= 0) {
			throw ApiException.invalid(parameter, "invalid", "Null characters are not allowed.");
		}
		if (this.choices != null && !this.choices.contains(raw)) {
			throw ApiException.invalid(parameter, "invalid_choice",
					"Select a valid choice. " + raw + " is not one of the available choices.");
		}
		try {
			return this.parser.apply(raw);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw ApiException.invalid(parameter, "invalid", this.message);
		}
	}

	private static BigDecimal decimal(String raw) {
		BigDecimal value = new BigDecimal(raw);
		if (value.precision() > 30) {
			throw new NumberFormatException("too long");
		}
		return value;
	}

	private static Boolean bool(String raw) {
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "true", "1" -> Boolean.TRUE;
			case "false", "0" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException(raw);
		};
	}

	/**
	 * A calendar date of years 1 to 9999, as {@code YYYY-MM-DD} writes them: Java reads years up to a billion,
	 * which no database column holds and no bank record has.
	 */
	public static LocalDate date(String raw) {
		LocalDate date = LocalDate.parse(raw);
		if (date.getYear() < 1 || date.getYear() > 9999) {
			throw new IllegalArgumentException("year out of range: " + raw);
		}
		return date;
	}

	/**
	 * A plain date is the whole UTC day; a date-time is moved to UTC, as any offset Java reads (up to 18 hours)
	 * names an instant, while PostgreSQL reads offsets only up to 15:59.
	 */
	private static TimeBound instantOrDay(String raw) {
		if (raw.length() == 10) {
			OffsetDateTime start = date(raw).atStartOfDay().atOffset(ZoneOffset.UTC);
			return new TimeBound(start, start.plusDays(1));
		}
		return new TimeBound(dateTime(raw), null);
	}

	/** An ISO-8601 date-time with its offset, as the UTC instant it names, of years 1 to 9999. */
	public static OffsetDateTime dateTime(String raw) {
		OffsetDateTime instant = OffsetDateTime.parse(raw).withOffsetSameInstant(ZoneOffset.UTC);
		if (instant.getYear() < 1 || instant.getYear() > 9999) {
			throw new IllegalArgumentException("year out of range: " + raw);
		}
		return instant;
	}

	/**
	 * A parsed timestamp filter value: an instant ({@code dayEnd} null) or a whole day from {@code start}
	 * up to, not including, {@code dayEnd}.
	 */
	record TimeBound(OffsetDateTime start, OffsetDateTime dayEnd) {

		boolean isDay() {
			return this.dayEnd != null;
		}

	}

	private static final java.util.regex.Pattern UUID_FORMAT = java.util.regex.Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/** Only the canonical 36-character form: {@link UUID#fromString} also takes odd shapes like {@code 1-1-1-1-1}. */
	private static UUID strictUuid(String raw) {
		if (!UUID_FORMAT.matcher(raw).matches()) {
			throw new IllegalArgumentException(raw);
		}
		return java.util.UUID.fromString(raw);
	}

	/** The id in a URL path; one that is not a canonical UUID names no object, so it is a 404, as Belvo does. */
	public static UUID idInPath(String raw) {
		return uuidOrEmpty(raw).orElseThrow(ApiException::notFound);
	}

	/** A path id that is not a canonical UUID names no object: the caller answers 404, as Belvo does. */
	public static java.util.Optional<UUID> uuidOrEmpty(String raw) {
		return raw != null && UUID_FORMAT.matcher(raw).matches() ? java.util.Optional.of(java.util.UUID.fromString(raw))
				: java.util.Optional.empty();
	}

}
