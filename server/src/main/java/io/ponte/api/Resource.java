package io.ponte.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * What the list engine needs to know about one resource: where its rows live, the filters its list endpoint
 * offers, a unique ordering (so pages never repeat or skip rows) and how a row becomes the response object.
 * Declaring one of these, plus a thin controller, is all a new list endpoint costs.
 *
 * @param from the table (or view) in SQL
 * @param select the columns to read
 * @param orderBy a total order, ending in a unique column
 * @param orderings the other orders a client may ask for with {@code ordering=}, by the value it sends
 */
public record Resource<T>(String from, String select, String orderBy, Map<String, Filter> filters,
		RowMapper<T> mapper, Map<String, String> orderings) {

	/** The query parameter that picks one of {@link #orderings}. */
	static final String ORDERING = "ordering";

	public static <T> Resource<T> of(String from, String orderBy, RowMapper<T> mapper, List<Filter> filters) {
		Map<String, Filter> byName = new LinkedHashMap<>();
		filters.forEach(f -> byName.put(f.name(), f));
		return new Resource<>(from, "*", orderBy, Map.copyOf(byName), mapper, Map.of());
	}

	/** The same resource reading only these columns (for example one prebuilt JSON body). */
	public Resource<T> selecting(String columns) {
		return new Resource<>(this.from, columns, this.orderBy, this.filters, this.mapper, this.orderings);
	}

	/**
	 * The same resource offering {@code ordering=value} for this total order (Django REST framework's
	 * {@code OrderingFilter}: {@code updated_at} ascending, {@code -updated_at} descending).
	 */
	public Resource<T> orderable(String value, String order) {
		Map<String, String> more = new LinkedHashMap<>(this.orderings);
		more.put(value, order);
		return new Resource<>(this.from, this.select, this.orderBy, this.filters, this.mapper, Map.copyOf(more));
	}

	/** The order a request asks for: its {@code ordering} when the resource offers it, else the default. */
	String orderFor(Map<String, String> parameters) {
		String asked = parameters.get(ORDERING);
		if (asked == null || asked.isEmpty() || this.orderings.isEmpty()) {
			return this.orderBy;
		}
		String order = this.orderings.get(asked.strip());
		if (order == null) {
			throw ApiException.invalid(ORDERING, "invalid_choice", "\"" + (asked.length() > 40 ? asked.substring(0, 40)
					+ "..." : asked) + "\" is not a valid choice: use one of " + String.join(", ", this.orderings.keySet())
					+ ".");
		}
		return order;
	}

	/**
	 * The filter conditions of a request: each parameter is matched against {@code name} plus a lookup suffix.
	 * Unknown parameters and empty values are ignored; a malformed value of a known filter is a 400.
	 */
	Condition filterConditions(Map<String, String> parameters) {
		Condition where = Condition.TRUE;
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			String value = parameter.getValue();
			if (value == null || value.isEmpty()) {
				continue;
			}
			Condition condition = conditionFor(parameter.getKey(), value);
			if (condition != null) {
				where = where.and(condition);
			}
		}
		return where;
	}

	private Condition conditionFor(String parameter, String value) {
		for (Lookup lookup : Lookup.values()) {
			if (lookup == Lookup.EXACT || !parameter.endsWith(lookup.suffix())) {
				continue;
			}
			Filter filter = this.filters.get(parameter.substring(0, parameter.length() - lookup.suffix().length()));
			if (filter != null && filter.allows(lookup)) {
				return filter.condition(lookup, parameter, value);
			}
		}
		Filter exact = this.filters.get(parameter);
		return exact != null && exact.allows(Lookup.EXACT) ? exact.condition(Lookup.EXACT, parameter, value) : null;
	}

}
