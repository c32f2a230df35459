package io.ponte.resources;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one write stored of a resource, by the institution's identification of each item: its server id, its
 * rendered object, whether the row is new, and whether an existing row's document changed. Retrievals answer with
 * the objects, refer to them from the items written next, and announce what is new or changed without reading
 * the table again.
 */
record Written(Map<String, Item> items) {

	/** One stored item. */
	record Item(UUID id, String rendered, boolean inserted, boolean changed) {
	}

	/** The server ids, by identification. */
	Map<String, UUID> ids() {
		java.util.HashMap<String, UUID> ids = new java.util.HashMap<>();
		this.items.forEach((identification, item) -> ids.put(identification, item.id()));
		return ids;
	}

	boolean containsId(UUID id) {
		return this.items.values().stream().anyMatch(item -> item.id().equals(id));
	}

	/** How many rows the write added. */
	long inserted() {
		return this.items.values().stream().filter(Item::inserted).count();
	}

	/** The rendered objects. */
	List<String> rendered() {
		return this.items.values().stream().map(Item::rendered).toList();
	}

}
