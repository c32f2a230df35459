package io.ponte.connectors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one fetch asks of an institution, already validated by the server: the resource, and whichever of a
 * date window, a range of years, a document {@code type}, attachments (an invoice's XML) and the options of its
 * body (the income types an incomes retrieval keeps) that resource takes. Built in named steps, e.g.
 * {@code FetchRequest.of(TRANSACTIONS).between(from, to)}; the parts a resource does not take stay null, false or
 * empty.
 */
public record FetchRequest(ResourceKind resource, DateRange dates, YearRange years, String type,
		boolean attachments, Instant asOf, Map<String, List<String>> options) {

	public FetchRequest {
		Objects.requireNonNull(resource, "resource");
		options = Map.copyOf(options);
	}

	/** Inclusive dates; {@code from} null means from the first data the institution keeps. */
	public record DateRange(LocalDate from, LocalDate to) {
	}

	/** Inclusive years, as fiscal resources (tax returns) ask for them. */
	public record YearRange(int from, int to) {
	}

	public static FetchRequest of(ResourceKind resource) {
		return new FetchRequest(resource, null, null, null, false, null, Map.of());
	}

	public FetchRequest between(LocalDate from, LocalDate to) {
		return new FetchRequest(this.resource, new DateRange(from, to), this.years, this.type, this.attachments,
				this.asOf, this.options);
	}

	public FetchRequest overYears(int from, int to) {
		return new FetchRequest(this.resource, this.dates, new YearRange(from, to), this.type, this.attachments,
				this.asOf, this.options);
	}

	public FetchRequest ofType(String type) {
		return new FetchRequest(this.resource, this.dates, this.years, type, this.attachments, this.asOf, this.options);
	}

	public FetchRequest withAttachments() {
		return new FetchRequest(this.resource, this.dates, this.years, this.type, true, this.asOf, this.options);
	}

	/**
	 * The moment the data is asked as of: the caller's clock, which in the sandbox may run ahead of real time.
	 * Null means now; real institutions only ever answer as of now.
	 */
	public FetchRequest asOf(Instant instant) {
		return new FetchRequest(this.resource, this.dates, this.years, this.type, this.attachments, instant, this.options);
	}

	/** The same request for another resource (the account a transaction refers to, fetched first). */
	public FetchRequest forResource(ResourceKind other) {
		// options belong to the body of the resource asked for, not to the one fetched first
		return new FetchRequest(other, this.dates, this.years, this.type, this.attachments, this.asOf, Map.of());
	}

	/** The same request with the values a body chose for one of the resource's options. */
	public FetchRequest withOption(String key, List<String> values) {
		Map<String, List<String>> options = new java.util.HashMap<>(this.options);
		options.put(key, List.copyOf(values));
		return new FetchRequest(this.resource, this.dates, this.years, this.type, this.attachments, this.asOf,
				options);
	}

	/** The values the body chose for this option; empty when it chose none. */
	public List<String> option(String key) {
		return this.options.getOrDefault(key, List.of());
	}

	/** The window's first day, or null when there is none or it is open. */
	public LocalDate from() {
		return this.dates == null ? null : this.dates.from();
	}

	/** The window's last day, or null when there is no window. */
	public LocalDate to() {
		return this.dates == null ? null : this.dates.to();
	}

}
