package io.ponte.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A fragment of a parameterised WHERE clause. Values only ever travel as parameters, never in the SQL text. */
public record Condition(String sql, List<Object> params) {

	public static final Condition TRUE = new Condition("true", List.of());

	public Condition {
		params = Collections.unmodifiableList(new ArrayList<>(params));
	}

	public static Condition of(String sql, Object... params) {
		return new Condition(sql, List.of(params));
	}

	/** {@code column = value}; {@code column} is a trusted identifier from code, never from the request. */
	public static Condition eq(String column, Object value) {
		return new Condition(column + " = ?", List.of(value));
	}

	public Condition and(Condition other) {
		if (this == TRUE) {
			return other;
		}
		if (other == TRUE) {
			return this;
		}
		List<Object> all = new ArrayList<>(this.params);
		all.addAll(other.params);
		return new Condition(this.sql + " and " + other.sql, all);
	}

}
