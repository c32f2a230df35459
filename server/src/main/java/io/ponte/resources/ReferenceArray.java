package io.ponte.resources;

import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * An array column of the server ids of the items of another stored resource ({@code target}, by table) that a
 * document names inside one of its arrays: an Income names an account in each of its {@code income_streams} by
 * {@code account_id}. Documents name items by the institution's identification while filters take server ids,
 * so the ids are resolved when a row is written, and an index on the column serves the
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
	 * The column's value for {@code document} as PostgreSQL reads an array: the distinct server ids, in
	 * PostgreSQL's order of uuids, of the link's {@code target} items the array names ({@code ids}: the link's
	 * items of the target by identification); names of items the link does not hold are left out.
	 */
	String valueIn(JsonNode document, Map<String, UUID> ids) {
		TreeSet<UUID> found = new TreeSet<>(ReferenceArray::compare);
		JsonNode items = document.get(this.array);
		if (items != null && items.isArray()) {
			for (JsonNode item : items) {
				JsonNode name = this.key == null ? item : item.get(this.key);
				if (name != null && !name.isNull()) {
					UUID id = ids.get(name.isString() ? name.asString() : name.toString());
					if (id != null) {
						found.add(id);
					}
				}
			}
		}
		return found.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
	}

	/** PostgreSQL compares uuids byte by byte, unsigned. */
	static int compare(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	}

}
