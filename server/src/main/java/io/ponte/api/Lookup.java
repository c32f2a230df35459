package io.ponte.api;

/** The Django-style lookups a list filter may offer, written as a suffix of the query parameter. */
public enum Lookup {

	EXACT(""), IN("__in"), NOT_IN("__not_in"), GT("__gt"), GTE("__gte"), LT("__lt"), LTE("__lte"),
	RANGE("__range"), ALLIN("__allin"), ICONTAINS("__icontains");

	private final String suffix;

	Lookup(String suffix) {
		this.suffix = suffix;
	}

	public String suffix() {
		return this.suffix;
	}

	/** Takes several comma-separated values rather than one. */
	boolean multiValued() {
		return this == IN || this == NOT_IN || this == RANGE || this == ALLIN;
	}

}
