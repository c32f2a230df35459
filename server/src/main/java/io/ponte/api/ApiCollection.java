package io.ponte.api;

import java.util.List;

/** A collection listed at the API root; each feature declares its own as a bean (or a {@link Provider}). */
public record ApiCollection(String name, String path) {

	/** For features that serve several collections from one definition. */
	public interface Provider {

		List<ApiCollection> apiCollections();

	}

}
