package io.ponte.resources;

import io.ponte.api.ApiException;
import io.ponte.api.JsonBody;
import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a retrieval body of one resource may carry besides {@code link}, {@code token} and {@code save_data}:
 * a date window, a range of years, a document {@code type}, an attachment flag, a key narrowing it to one
 * referenced item, choices among fixed values (read by its derivation). Each resource declares its shape; this
 * class reads a body against it, with the spec's 400s.
 */
record RetrievalShape(Dates dates, boolean years, Set<String> types, boolean typeRequired, String attachmentKey,
		String narrowingKey, String yearlyType, List<Choice> choices) {

	/** The longest window one retrieval may ask for. */
	static final int MAX_DAYS = 731;

	/** The window a link's historical load covers: the last year, as Belvo's historical update does. */
	static final int HISTORY_DAYS = 365;

	/**
	 * Whether {@code date_from}/{@code date_to} are taken, and must be given; or, {@code REFERENCE}, one optional
	 * {@code reference_date}: the fetch's window is that one day when given, else open up to today.
	 */
	enum Dates {

		NONE, OPTIONAL, REQUIRED, REFERENCE

	}

	/**
	 * A body key taking one of {@code values} or, {@code many}, a list of them ({@code allowed_income_types}); an
	 * empty list chooses nothing, as an absent key does.
	 */
	record Choice(String key, Set<String> values, boolean many) {
	}

	static final RetrievalShape PLAIN = new RetrievalShape(Dates.NONE, false, null, false, null, null, null, List.of());

	RetrievalShape withDates(Dates dates) {
		return new RetrievalShape(dates, this.years, this.types, this.typeRequired, this.attachmentKey,
				this.narrowingKey, this.yearlyType, this.choices);
	}

	RetrievalShape withYears() {
		return new RetrievalShape(this.dates, true, this.types, this.typeRequired, this.attachmentKey,
				this.narrowingKey, this.yearlyType, this.choices);
	}

	/** A {@code type}, one of {@code types}; {@code required} or, when absent, every type. */
	RetrievalShape withTypes(Set<String> types, boolean required) {
		return new RetrievalShape(this.dates, this.years, Set.copyOf(types), required, this.attachmentKey,
				this.narrowingKey, this.yearlyType, this.choices);
	}

	RetrievalShape withAttachment(String key) {
		return new RetrievalShape(this.dates, this.years, this.types, this.typeRequired, key, this.narrowingKey,
				this.yearlyType, this.choices);
	}

	RetrievalShape choosing(Choice choice) {
		List<Choice> choices = new ArrayList<>(this.choices);
		choices.add(choice);
		return new RetrievalShape(this.dates, this.years, this.types, this.typeRequired, this.attachmentKey,
				this.narrowingKey, this.yearlyType, List.copyOf(choices));
	}

	RetrievalShape narrowedBy(String key) {
		return new RetrievalShape(this.dates, this.years, this.types, this.typeRequired, this.attachmentKey, key,
				this.yearlyType, this.choices);
	}

	/**
	 * The {@code type} that asks for years ({@code yearly} tax returns, also when no type is given); the other
	 * type asks for dates. The retrieval then names its type before its window.
	 */
	RetrievalShape withYearsForType(String yearly, String dated) {
		return new RetrievalShape(Dates.REQUIRED, true, Set.of(yearly, dated), false, this.attachmentKey,
				this.narrowingKey, yearly, this.choices);
	}

	/** Reads a retrieval body; problems are 400s naming the field, in the order Belvo reports them. */
	RetrievalRequest read(JsonBody body, ResourceKind kind, LocalDate today) {
		if (this.yearlyType != null) {
			return readYearlyOrDated(body, kind, today);
		}
		UUID link = body.requiredUuid("link");
		FetchRequest fetch = window(FetchRequest.of(kind), body, today);
		if (this.years) {
			fetch = years(fetch, body, today);
		}
		if (this.types != null) {
			String type = body.optionalChoice("type", this.types);
			if (type == null && this.typeRequired) {
				throw ApiException.required("type");
			}
			if (type != null) {
				fetch = fetch.ofType(type);
			}
		}
		if (this.attachmentKey != null && body.optionalBoolean(this.attachmentKey, false)) {
			fetch = fetch.withAttachments();
		}
		fetch = chosen(fetch, body);
		String token = body.optionalString("token");
		boolean saveData = body.optionalBoolean("save_data", true);
		UUID narrowedTo = this.narrowingKey != null ? body.optionalUuid(this.narrowingKey) : null;
		return new RetrievalRequest(link, token, saveData, narrowedTo, fetch);
	}

	/** A body whose {@code type} says whether it takes years or dates. */
	private RetrievalRequest readYearlyOrDated(JsonBody body, ResourceKind kind, LocalDate today) {
		UUID link = body.requiredUuid("link");
		// the spec's default: a body without a type asks for years (the SDKs leave it out for yearly returns)
		String type = body.optionalChoice("type", this.types);
		type = type != null ? type : this.yearlyType;
		FetchRequest fetch = type.equals(this.yearlyType) ? years(FetchRequest.of(kind), body, today)
				: window(FetchRequest.of(kind), body, today);
		fetch = fetch.ofType(type);
		if (this.attachmentKey != null && body.optionalBoolean(this.attachmentKey, false)) {
			fetch = fetch.withAttachments();
		}
		fetch = chosen(fetch, body);
		String token = body.optionalString("token");
		boolean saveData = body.optionalBoolean("save_data", true);
		return new RetrievalRequest(link, token, saveData, null, fetch);
	}

	/** The request with what the body chose for each of the shape's choices; a value not offered is a 400. */
	private FetchRequest chosen(FetchRequest fetch, JsonBody body) {
		for (Choice choice : this.choices) {
			if (!choice.many()) {
				String value = body.optionalChoice(choice.key(), choice.values());
				fetch = value == null ? fetch : fetch.withOption(choice.key(), List.of(value));
				continue;
			}
			List<String> values = body.optionalStringList(choice.key());
			for (String value : values == null ? List.<String>of() : values) {
				if (!choice.values().contains(value)) {
					throw ApiException.invalid(choice.key(), "invalid_choice",
							"\"" + value + "\" is not a valid choice.");
				}
			}
			fetch = values == null || values.isEmpty() ? fetch : fetch.withOption(choice.key(), values);
		}
		return fetch;
	}

	/** What a link's historical load fetches of this resource: the last {@link #HISTORY_DAYS} days. */
	static FetchRequest historical(ResourceKind kind, LocalDate today) {
		return FetchRequest.of(kind).between(today.minusDays(HISTORY_DAYS - 1), today);
	}

	private FetchRequest window(FetchRequest fetch, JsonBody body, LocalDate today) {
		if (this.dates == Dates.NONE) {
			// what the institution keeps of a resource without a window: as far back as any window reaches
			return fetch.between(today.minusDays(MAX_DAYS - 1), today);
		}
		if (this.dates == Dates.REFERENCE) {
			LocalDate reference = body.optionalDate("reference_date");
			if (reference != null && reference.isAfter(today)) {
				throw ApiException.invalid("reference_date", "invalid", "reference_date cannot be in the future.");
			}
			return reference != null ? fetch.between(reference, reference) : fetch.between(null, today);
		}
		boolean required = this.dates == Dates.REQUIRED;
		LocalDate from = required ? body.requiredDate("date_from") : body.optionalDate("date_from");
		LocalDate to = required ? body.requiredDate("date_to") : body.optionalDate("date_to");
		to = to != null ? to : today;
		from = from != null ? from : to.minusDays(364);
		if (to.isAfter(today)) {
			throw ApiException.invalid("date_to", "invalid", "date_to cannot be in the future.");
		}
		if (to.isBefore(from)) {
			throw ApiException.invalid("date_to", "invalid", "date_to cannot be before date_from.");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw ApiException.invalid("date_from", "invalid",
					"The period between date_from and date_to cannot be longer than " + MAX_DAYS + " days.");
		}
		return fetch.between(from, to);
	}

	private static FetchRequest years(FetchRequest fetch, JsonBody body, LocalDate today) {
		int from = year(body, "year_from");
		int to = year(body, "year_to");
		if (to > today.getYear()) {
			throw ApiException.invalid("year_to", "invalid", "year_to cannot be in the future.");
		}
		if (to < from) {
			throw ApiException.invalid("year_to", "invalid", "year_to cannot be before year_from.");
		}
		return fetch.overYears(from, to);
	}

	/** A four-digit year, sent as a number or a string (Belvo's SDKs send strings). */
	private static int year(JsonBody body, String field) {
		String value = body.requiredString(field);
		if (!value.matches("\\d{4}")) {
			throw ApiException.invalid(field, "invalid", "Enter a valid year (YYYY).");
		}
		return Integer.parseInt(value);
	}

}
