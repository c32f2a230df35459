package io.ponte.links;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long something is kept: a link's {@code credentials_storage} ({@code store}, {@code nostore} or a number
 * of days) and its {@code stale_in} (days only). Parsed once from the request, so neither Java nor SQL reads
 * {@code "30d"} again.
 */
public record Retention(Kind kind, int days) {

	/** Kept until the link is deleted. */
	public static final Retention STORE = new Retention(Kind.INDEFINITE, 0);

	/** Not kept at all. */
	public static final Retention NOSTORE = new Retention(Kind.NONE, 0);

	/** Belvo's limit: a retention is at most a year. */
	public static final int MAX_DAYS = 365;

	private static final Pattern DAYS = Pattern.compile("([0-9]{1,3})d");

	public enum Kind {

		INDEFINITE, NONE, DAYS

	}

	public Retention {
		if (kind == Kind.DAYS ? days < 1 || days > MAX_DAYS : days != 0) {
			throw new IllegalArgumentException("Not a retention: " + kind + " " + days);
		}
	}

	public static Retention ofDays(int days) {
		return new Retention(Kind.DAYS, days);
	}

	/** A {@code credentials_storage} value: {@code store}, {@code nostore} or {@code 1d} to {@code 365d}. */
	public static Optional<Retention> parseStorage(String value) {
		return switch (value) {
			case "store" -> Optional.of(STORE);
			case "nostore" -> Optional.of(NOSTORE);
			default -> parseDays(value);
		};
	}

	/** A {@code stale_in} value: {@code 1d} to {@code 365d} (up to three digits, as the spec's pattern). */
	public static Optional<Retention> parseDays(String value) {
		Matcher matcher = DAYS.matcher(value);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int days = Integer.parseInt(matcher.group(1));
		return days >= 1 && days <= MAX_DAYS ? Optional.of(ofDays(days)) : Optional.empty();
	}

	/** A value this class wrote itself, read back from the database. */
	public static Retention of(String value) {
		return parseStorage(value).orElseThrow(() -> new IllegalArgumentException("Not a retention: " + value));
	}

	/** When something kept from {@code from} on expires; empty when it is kept indefinitely or not at all. */
	public Optional<OffsetDateTime> expiry(OffsetDateTime from) {
		return this.kind == Kind.DAYS ? Optional.of(from.plusDays(this.days)) : Optional.empty();
	}

	public boolean keepsNothing() {
		return this.kind == Kind.NONE;
	}

	@JsonValue
	public String json() {
		return switch (this.kind) {
			case INDEFINITE -> "store";
			case NONE -> "nostore";
			case DAYS -> this.days + "d";
		};
	}

	@Override
	public String toString() {
		return json();
	}

}
