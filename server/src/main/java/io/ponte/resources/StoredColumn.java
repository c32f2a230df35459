package io.ponte.resources;

import io.ponte.api.Filter;
import io.ponte.api.ValueType;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A column a stored resource keeps beside its document, copied from the document when a row is written, so a
 * list can filter and order on it with an index. Its name and path come from one place: a filter named
 * {@code balance__current} keeps {@code balance.current} in the column {@code balance_current}.
 */
record StoredColumn(String name, ValueType type, List<String> path) {

	/** The column a document filter reads, with the document path its name spells. */
	static StoredColumn of(Filter filter) {
		return new StoredColumn(filter.column(), filter.type(), List.of(filter.name().split("__")));
	}

	/** A column kept only for ordering, at a top-level key of the document. */
	static StoredColumn of(String key, ValueType type) {
		return new StoredColumn(Filter.columnOf(key), type, List.of(key.split("__")));
	}

	/** The document's value at this column's path as text (cast by the database), or null when absent. */
	String valueIn(JsonNode document) {
		JsonNode node = document;
		for (String key : this.path) {
			node = node.path(key);
		}
		return node.isMissingNode() || node.isNull() ? null : node.asString();
	}

}
