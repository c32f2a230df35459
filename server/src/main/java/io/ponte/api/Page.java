package io.ponte.api;

import java.util.List;
import java.util.function.Function;

/** Belvo's list envelope: absolute {@code next}/{@code previous} URLs, null at either end. */
public record Page<T>(int count, String next, String previous, List<T> results) {

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(this.count, this.next, this.previous, this.results.stream().<R>map(mapper).toList());
	}

	/** The same page with its results rendered together (one query for the whole page, not one per row). */
	public <R> Page<R> mapAll(Function<List<T>, List<R>> mapper) {
		return new Page<>(this.count, this.next, this.previous, mapper.apply(this.results));
	}

}
