package io.ponte.resources;

import io.ponte.api.Caller;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites what a link already stores of a resource (a categorizer that arrived after the data did, for example)
 * through the same write a retrieval uses: each item keeps its id, creation and collection times, and its object is
 * rendered again exactly as a retrieval would render it.
 */
@Component
public class StoredRewrites {

	private final DocumentStore store;

	private final StoredResources resources;

	StoredRewrites(DocumentStore store, StoredResources resources) {
		this.store = store;
		this.resources = resources;
	}

	/**
	 * Hands the link's stored documents of {@code resource} (references given as the institution's identifications,
	 * as a connector returns them) to {@code rewrite}, which changes those it means to in place and returns them;
	 * writes those back. Runs in the caller's transaction under the link's lock; answers how many items were
	 * written, none when the link no longer exists.
	 */
	public int rewrite(StoredResource resource, Caller caller, UUID link, UnaryOperator<List<ObjectNode>> rewrite) {
		Rendering.LinkFacts locked = this.store.lockLink(caller, link).orElse(null);
		if (locked == null) {
			return 0;
		}
		StoredResource target = this.resources.targetOf(resource);
		Map<ObjectNode, OffsetDateTime> collected = new IdentityHashMap<>();
		this.store.documents(resource, target, caller, link, collected::put);
		List<ObjectNode> changed = rewrite.apply(new ArrayList<>(collected.keySet()));
		// one write per collection time: a write stamps its rows with one
		Map<OffsetDateTime, List<ObjectNode>> byCollection = new LinkedHashMap<>();
		for (ObjectNode document : changed) {
			byCollection.computeIfAbsent(collected.get(document), at -> new ArrayList<>()).add(document);
		}
		Written targetItems = target == null ? null : this.store.stored(target, caller, link);
		int written = 0;
		for (Map.Entry<OffsetDateTime, List<ObjectNode>> batch : byCollection.entrySet()) {
			written += this.store
				.upsert(resource, new DocumentStore.Destination(caller, locked, batch.getKey(), targetItems),
						batch.getValue())
				.items()
				.size();
		}
		return written;
	}

}
