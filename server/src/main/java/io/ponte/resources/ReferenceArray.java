package io.ponte.resources;

/**
 * An array column of the server ids of the items of another stored resource ({@code target}, by table) that a
 * document names inside one of its arrays: an Income names an account in each of its {@code income_streams} by
 * {@code account_id}. Documents name items by the institution's identification while filters take server ids,
 * so the ids are resolved when a row is written, in the same statement, and an index on the column serves the
 * filter ({@code account=} finds the incomes holding a stream on that account without reading every document).
 */
record ReferenceArray(String column, String target, String array, String key) {


	/**
	 * The column for {@code path}: {@code array.key} where the array holds objects naming the item by {@code key}
	 * ({@code income_streams.account_id}), or {@code array} where it holds the identifications themselves (risk
	 * insights' {@code accounts}).
	 */
	static ReferenceArray at(String path, String target, String column) {
		String[] parts = path.split("\\.");
		if (parts.length > 2 || parts[0].isEmpty()) {
			throw new IllegalArgumentException("A reference inside an array is at array or array.key: " + path);
		}
		return new ReferenceArray(column, target, parts[0], parts.length == 2 ? parts[1] : null);
	}

	/**
	 * The SQL of the column's value for the row being written, whose document is {@code document}: the distinct
	 * ids, in order, of the link's {@code target} items the array names (the named parameters are the upsert's).
	 */
	String valueSql(String document) {
		return "array(select distinct r.id from jsonb_array_elements(" + document + " -> '" + this.array
				+ "') as e(item) join " + this.target + " r on r.organization_id = :organization"
				+ " and r.link_id = :link and r.internal_identification = e.item "
				+ (this.key == null ? "#>> '{}'" : "->> '" + this.key + "'") + " order by r.id)";
	}

}
