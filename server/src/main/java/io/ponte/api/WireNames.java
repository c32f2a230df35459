package io.ponte.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How an enum of the API is spelt on the wire and in the database: its constant's name in lower case
 * ({@code TOKEN_REQUIRED} is {@code token_required}). Written once for every such enum.
 */
public final class WireNames {

	private WireNames() {
	}

	public static String of(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/** The constant spelt {@code value}; anything else is a programming error (clients' values are validated). */
	public static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> of(constant).equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a " + type.getSimpleName() + ": " + value));
	}

	/** Every spelling, in declaration order, for request validation and list filters. */
	public static Set<String> all(Class<? extends Enum<?>> type) {
		Set<String> names = new LinkedHashSet<>();
		for (Enum<?> constant : type.getEnumConstants()) {
			names.add(of(constant));
		}
		return names;
	}

}
