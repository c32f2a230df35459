package io.ponte.resources;

import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.ValueType;

/** The filters every stored table can offer, on the columns the engine itself writes. */
public final class StoredFilters {

	public static final Filter LINK = Filter.exact("link", "link_id", ValueType.UUID);

	public static final Filter ID = Filter.exact("id", ValueType.UUID);

	public static final Filter CREATED_AT = Filter.ordered("created_at", ValueType.DATETIME)
		.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE);

	public static final Filter COLLECTED_AT = Filter.ordered("collected_at", ValueType.DATETIME)
		.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE);

	private StoredFilters() {
	}

}
