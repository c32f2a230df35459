package io.ponte.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One filter a list endpoint offers: the public parameter name, the SQL column it reads, the value type and
 * the lookups allowed on it. {@code status__in=a,b} is the filter {@code status} with lookup {@link Lookup#IN}.
 * An array column ({@link #element}) matches when it contains the value(s).
 */
public final class Filter {

	/** Guards the size of generated IN lists; more values than this is a client error, not a huge query. */
	static final int MAX_VALUES = 1000;

	private final String name;

	private final String column;

	private final ValueType type;

	private final Set<Lookup> lookups;

	private final boolean arrayColumn;

	/** Above zero: the plain parameter matches part of the value ({@link #containing}), of at least this length. */
	private final int partialMinLength;

	private Filter(String name, String column, ValueType type, Set<Lookup> lookups, boolean arrayColumn) {
		this(name, column, type, lookups, arrayColumn, 0);
	}

	private Filter(String name, String column, ValueType type, Set<Lookup> lookups, boolean arrayColumn,
			int partialMinLength) {
		this.name = name;
		this.column = column;
		this.type = type;
		this.lookups = lookups;
		this.arrayColumn = arrayColumn;
		this.partialMinLength = partialMinLength;
	}

	/**
	 * The column a filter reads when none is named: its name with Django's {@code __} path separator written as
	 * {@code _} ({@code balance__current} reads {@code balance_current}), so a column is named once, by its filter.
	 */
	public static String columnOf(String name) {
		return name.replace("__", "_");
	}

	/** Exact match and {@code __in} on the column named after the filter. */
	public static Filter exact(String name, ValueType type) {
		return exact(name, columnOf(name), type);
	}

	/** Comparisons and ranges too, on the column named after the filter. */
	public static Filter ordered(String name, ValueType type) {
		return ordered(name, columnOf(name), type);
	}

	/** Exact match and {@code __in}. */
	public static Filter exact(String name, String column, ValueType type) {
		return new Filter(name, column, type, EnumSet.of(Lookup.EXACT, Lookup.IN), false);
	}

	/** Exact match, {@code __in}, comparisons and {@code __range}: for dates, amounts and other ordered values. */
	public static Filter ordered(String name, String column, ValueType type) {
		return new Filter(name, column, type,
				EnumSet.of(Lookup.EXACT, Lookup.IN, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE), false);
	}

	/** A value inside an array column: exact (contains it), {@code __in} (contains any), {@code __allin} (all). */
	public static Filter element(String name, String column, ValueType type) {
		return new Filter(name, column, type, EnumSet.of(Lookup.EXACT, Lookup.IN, Lookup.ALLIN), true);
	}

	/**
	 * A text filter whose plain parameter matches part of the value, case-insensitively, as the payments lists'
	 * {@code name} and {@code search} do ("full and partial search queries, with a minimum of three characters").
	 * A shorter term is a 400 naming the parameter.
	 */
	public static Filter containing(String name, String column, int minLength) {
		return new Filter(name, column, ValueType.TEXT, EnumSet.of(Lookup.EXACT), false, Math.max(1, minLength));
	}

	/** The same filter offering exactly these lookups. */
	public Filter only(Lookup... allowed) {
		return new Filter(this.name, this.column, this.type, EnumSet.copyOf(Arrays.asList(allowed)),
				this.arrayColumn, this.partialMinLength);
	}

	/** The same filter with more lookups (for example {@link Lookup#NOT_IN}). */
	public Filter also(Lookup... more) {
		EnumSet<Lookup> all = EnumSet.copyOf(this.lookups);
		all.addAll(Arrays.asList(more));
		return new Filter(this.name, this.column, this.type, all, this.arrayColumn, this.partialMinLength);
	}

	public String name() {
		return this.name;
	}

	public String column() {
		return this.column;
	}

	public ValueType type() {
		return this.type;
	}

	boolean allows(Lookup lookup) {
		return this.lookups.contains(lookup);
	}

	/** The condition for {@code parameter=raw}; throws the 400 naming {@code parameter} for a malformed value. */
	Condition condition(Lookup lookup, String parameter, String raw) {
		List<Object> values = parse(lookup, parameter, raw);
		if (this.partialMinLength > 0 && lookup == Lookup.EXACT) {
			String term = ((String) values.getFirst()).strip();
			if (term.codePointCount(0, term.length()) < this.partialMinLength) {
				throw ApiException.invalid(parameter, "min_length",
						"Ensure this value has at least " + this.partialMinLength + " characters.");
			}
			return new Condition(this.column + " ilike ? escape '\\'", List.of("%" + escapeLike(term) + "%"));
		}
		if (this.arrayColumn) {
			return arrayCondition(lookup, values);
		}
		if (this.type.isDateTime()) {
			return timeCondition(lookup, values);
		}
		String c = this.column;
		return switch (lookup) {
			case EXACT -> new Condition(c + " = ?", values);
			case IN -> new Condition(c + " in (" + placeholders(values.size()) + ")", values);
			case NOT_IN -> new Condition("(" + c + " is null or " + c + " not in (" + placeholders(values.size()) + "))",
					values);
			case GT -> new Condition(c + " > ?", values);
			case GTE -> new Condition(c + " >= ?", values);
			case LT -> new Condition(c + " < ?", values);
			case LTE -> new Condition(c + " <= ?", values);
			case RANGE -> new Condition(c + " between ? and ?", values);
			case ALLIN -> throw new IllegalStateException("allin needs an array column: " + this.name);
			case ICONTAINS -> new Condition(c + " ilike ? escape '\\'", List.of("%" + escapeLike((String) values.getFirst()) + "%"));
		};
	}

	/** {@code %} and {@code _} in a search term are literal characters, not wildcards. */
	private static String escapeLike(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private List<Object> parse(Lookup lookup, String parameter, String raw) {
		if (!lookup.multiValued()) {
			return List.of(this.type.parse(parameter, raw));
		}
		String[] parts = raw.split(",", -1);
		if (lookup == Lookup.RANGE && parts.length != 2) {
			throw ApiException.invalid(parameter, "invalid", "Enter exactly two comma-separated values: start,end.");
		}
		if (parts.length > MAX_VALUES) {
			throw ApiException.invalid(parameter, "invalid", "Enter at most " + MAX_VALUES + " values.");
		}
		List<Object> values = new ArrayList<>(parts.length);
		for (String part : parts) {
			String value = part.trim();
			if (value.isEmpty()) {
				throw ApiException.invalid(parameter, "invalid", "Enter a comma-separated list of values.");
			}
			values.add(this.type.parse(parameter, value));
		}
		return values;
	}

	private Condition arrayCondition(Lookup lookup, List<Object> values) {
		String array = "array[" + typedPlaceholders(values.size()) + "]";
		return switch (lookup) {
			case EXACT, ALLIN -> new Condition(this.column + " @> " + array, values);
			case IN -> new Condition(this.column + " && " + array, values);
			default -> throw new IllegalStateException(lookup + " on array filter " + this.name);
		};
	}

	/**
	 * Timestamps compared with a plain date cover the whole day: {@code __lte} a day ends before the next,
	 * {@code __gt} a day starts after it. Written as half-open ranges so the column's index still applies.
	 */
	private Condition timeCondition(Lookup lookup, List<Object> values) {
		String c = this.column;
		ValueType.TimeBound first = (ValueType.TimeBound) values.getFirst();
		return switch (lookup) {
			case EXACT -> first.isDay() ? Condition.of(c + " >= ? and " + c + " < ?", first.start(), first.dayEnd())
					: Condition.of(c + " = ?", first.start());
			case GT -> first.isDay() ? Condition.of(c + " >= ?", first.dayEnd()) : Condition.of(c + " > ?", first.start());
			case GTE -> Condition.of(c + " >= ?", first.start());
			case LT -> Condition.of(c + " < ?", first.start());
			case LTE -> first.isDay() ? Condition.of(c + " < ?", first.dayEnd()) : Condition.of(c + " <= ?", first.start());
			case RANGE -> {
				ValueType.TimeBound last = (ValueType.TimeBound) values.get(1);
				yield last.isDay() ? Condition.of(c + " >= ? and " + c + " < ?", first.start(), last.dayEnd())
						: Condition.of(c + " >= ? and " + c + " <= ?", first.start(), last.start());
			}
			case IN, NOT_IN -> {
				StringJoiner any = new StringJoiner(" or ", "(", ")");
				List<Object> params = new ArrayList<>();
				for (Object value : values) {
					ValueType.TimeBound bound = (ValueType.TimeBound) value;
					if (bound.isDay()) {
						any.add("(" + c + " >= ? and " + c + " < ?)");
						params.add(bound.start());
						params.add(bound.dayEnd());
					}
					else {
						any.add(c + " = ?");
						params.add(bound.start());
					}
				}
				// like the other types, __not_in keeps the rows that have no value at all
				String sql = lookup == Lookup.IN ? any.toString() : "(" + c + " is null or not " + any + ")";
				yield new Condition(sql, params);
			}
			case ALLIN, ICONTAINS -> throw new IllegalStateException(lookup + " on a timestamp: " + this.name);
		};
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	private String typedPlaceholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?::" + this.type.sqlType()));
	}

}
