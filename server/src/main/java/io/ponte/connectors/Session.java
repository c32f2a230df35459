package io.ponte.connectors;

/**
 * A logged-in end user at an institution of {@code country}. {@code userKey} identifies the user at that
 * institution (the same for the same user on every login), {@code state} is opaque connector data for later
 * fetches.
 */
public record Session(String institution, String country, String userKey, String state) {
}
