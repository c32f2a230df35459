package io.ponte.banking;

import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A column a stored resource keeps beside its document, for its list filters: the SQL type and how to read
 * the value from the institution's document (null when absent).
 */
record Column(String name, String sqlType, Function<JsonNode, String> value) {

	/** A column holding the document's value at this path of keys. */
	static Column at(String name, String sqlType, String... path) {
		return new Column(name, sqlType, document -> {
			JsonNode node = document;
			for (String key : path) {
				node = node.path(key);
			}
			return node.isMissingNode() || node.isNull() ? null : node.asString();
		});
	}

}
