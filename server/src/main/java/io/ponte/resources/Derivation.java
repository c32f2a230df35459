package io.ponte.resources;

import io.ponte.connectors.FetchRequest;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a resource computed by Ponte (enrichment: incomes, recurring expenses, risk insights) is produced from
 * what a link already stores, instead of being fetched from the institution. Its documents are stored and
 * served by the same engine as fetched ones.
 */
@FunctionalInterface
public interface Derivation {

	/**
	 * The documents for this request, each with a stable {@code internal_identification}, computed only from
	 * what a real institution returned (never from the sandbox's truth).
	 */
	List<ObjectNode> derive(StoredDocuments stored, FetchRequest request);

	/** The documents a link already stores, as the institution returned them, read by resource name. */
	@FunctionalInterface
	interface StoredDocuments {

		List<ObjectNode> of(String resource);

	}

}
