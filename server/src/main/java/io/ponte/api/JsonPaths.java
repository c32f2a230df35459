package io.ponte.api;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Renders a Jackson reference path as the dotted field name Belvo puts in {@code field}. */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference ref : path) {
			if (ref.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? null : field.toString();
	}

}
