package io.ponte.resources;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds to fetched documents what Ponte computes itself rather than takes from the institution (a transaction's
 * category and merchant), once, before they are stored: every connector's data is enriched the same way, and the
 * stored rows and the retrieval's answer carry the result. Called with a whole fetch, so it never queries per row.
 */
@FunctionalInterface
public interface DocumentEnricher {

	/** Enriches {@code documents} in place; {@code country} is the institution's ISO code ({@code BR}, {@code MX}). */
	void enrich(List<ObjectNode> documents, String country);

}
