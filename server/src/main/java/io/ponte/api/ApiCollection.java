package io.ponte.api;

/** A collection listed at the API root; each feature declares its own as a bean. */
public record ApiCollection(String name, String path) {
}
