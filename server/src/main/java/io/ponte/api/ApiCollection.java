package io.ponte.api;

/**
 * A collection listed at the API root ({@code GET /api/}). Every feature declares each of its collections the same
 * way, as a bean of this type: a plain {@link #of} for hand-written routes, or a declaration that is itself a
 * collection (a stored resource).
 */
public interface ApiCollection {

	/** The key at the API root, e.g. {@code links} or {@code br_balances}. */
	String name();

	/** The collection's route, e.g. {@code /api/links/}. */
	String path();

	static ApiCollection of(String name, String path) {
		record Named(String name, String path) implements ApiCollection {
		}
		return new Named(name, path);
	}

}
