package io.ponte.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one list engine behind every list and detail endpoint: scope (organization, environment), the
 * request's filters, a stable order, and the page, in parameterised SQL.
 */
@Component
public class ListQueries {

	private final JdbcClient jdbc;

	ListQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of {@code resource} within {@code scope}. A page past the last one is a 404, as in Django REST
	 * framework; an empty first page is an empty list. The page is read first: a page that is not full tells the
	 * count by itself (every list of one link's accounts, most first pages), and only a full page is counted, by
	 * a statement of its own that never evaluates the rendered columns (a window count in the page's statement
	 * would render every matching row to return a hundred).
	 */
	public <T> Page<T> page(Resource<T> resource, ListRequest request, Condition scope) {
		Condition where = scope.and(resource.filterConditions(request.parameters()));
		List<Object> params = new ArrayList<>(where.params());
		params.add(request.pageSize());
		params.add(request.offset());
		List<T> results = this.jdbc
			.sql("select " + resource.select() + " from " + resource.from() + " where " + where.sql() + " order by "
					+ resource.orderFor(request.parameters()) + " limit ? offset ?")
			.params(params)
			.query(resource.mapper())
			.list();
		if (results.isEmpty() && request.page() > 1) {
			throw ApiException.invalidPage();
		}
		long count;
		if (results.size() < request.pageSize()) {
			count = request.offset() + results.size();
		}
		else {
			count = this.jdbc.sql("select count(*) from " + resource.from() + " where " + where.sql())
				.params(where.params())
				.query(Long.class)
				.single();
		}
		String next = request.offset() + results.size() < count ? request.pageUrl(request.page() + 1) : null;
		String previous = request.page() > 1 ? request.pageUrl(request.page() - 1) : null;
		return new Page<>((int) Math.min(count, Integer.MAX_VALUE), next, previous, results);
	}

	/**
	 * A page of a resource whose rows hold their rendered JSON in the one column it selects, read as the bytes
	 * PostgreSQL sends, so nothing is decoded, parsed or serialised again on the way to the socket. Same rules as
	 * {@link #page}. (Joining the page in SQL with {@code string_agg} was measured two to three times slower than
	 * reading the rows: the aggregate sorts and copies every object once more.)
	 */
	public JsonPage jsonPage(Resource<?> resource, ListRequest request, Condition scope) {
		Page<byte[]> page = page(new Resource<>(resource.from(), resource.select(), resource.orderBy(),
				resource.filters(), (rs, row) -> rs.getBytes(1), resource.orderings()), request, scope);
		return new JsonPage(page.count(), page.next(), page.previous(), page.results());
	}

	/**
	 * The rows of {@code resource} with these ids within {@code scope}, by id: one query for everything a page
	 * names (its customers, its accounts), never one per item.
	 */
	public <T> Map<UUID, T> byIds(Resource<T> resource, Condition scope, Collection<UUID> ids, Function<T, UUID> idOf) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Condition where = scope.and(Condition.of("id = any (?)", (Object) ids.stream().distinct().toArray(UUID[]::new)));
		Map<UUID, T> byId = new HashMap<>();
		this.jdbc.sql("select " + resource.select() + " from " + resource.from() + " where " + where.sql())
			.params(where.params())
			.query(resource.mapper())
			.list()
			.forEach(row -> byId.put(idOf.apply(row), row));
		return byId;
	}

	/** Every row of {@code resource} within {@code scope}, in its order (for small catalogues, not for lists). */
	public <T> List<T> all(Resource<T> resource, Condition scope) {
		return this.jdbc.sql("select " + resource.select() + " from " + resource.from() + " where " + scope.sql()
				+ " order by " + resource.orderBy())
			.params(scope.params())
			.query(resource.mapper())
			.list();
	}

	/** The single row of {@code resource} matching {@code condition} within {@code scope}. */
	public <T> Optional<T> find(Resource<T> resource, Condition scope, Condition condition) {
		Condition where = scope.and(condition);
		return this.jdbc.sql("select " + resource.select() + " from " + resource.from() + " where " + where.sql() + " limit 1")
			.params(where.params())
			.query(resource.mapper())
			.optional();
	}

}
