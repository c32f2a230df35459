package io.ponte.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A response object the database already rendered as JSON: written to the response as it is, with no
 * parsing and re-serialising on the way (the list hot path of every stored resource).
 */
public record RawJson(@JsonValue @JsonRawValue String json) {
}
