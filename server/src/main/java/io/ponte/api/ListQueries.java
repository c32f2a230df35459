package io.ponte.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one list engine behind every list and detail endpoint: scope (organization, environment), the
 * request's filters, a stable order, and the page, in one parameterised query that also counts the matches.
 */
@Component
public class ListQueries {

	private final JdbcClient jdbc;

	ListQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of {@code resource} within {@code scope}. A page past the last one is a 404, as in Django REST
	 * framework; an empty first page is an empty list.
	 */
	public <T> Page<T> page(Resource<T> resource, ListRequest request, Condition scope) {
		Condition where = scope.and(resource.filterConditions(request.parameters()));
		List<Object> params = new ArrayList<>(where.params());
		params.add(request.pageSize());
		params.add(request.offset());
		String sql = "select " + resource.select() + ", count(*) over () as total_matches from " + resource.from() + " where " + where.sql()
				+ " order by " + resource.orderBy() + " limit ? offset ?";
		long[] total = { 0 };
		List<T> results = this.jdbc.sql(sql).params(params).query((rs, rowNum) -> {
			total[0] = rs.getLong("total_matches");
			return resource.mapper().mapRow(rs, rowNum);
		}).list();
		if (results.isEmpty() && request.page() > 1) {
			throw new ApiException(org.springframework.http.HttpStatus.NOT_FOUND, "not_found", "Invalid page.");
		}
		long count = total[0];
		String next = request.offset() + results.size() < count ? request.pageUrl(request.page() + 1) : null;
		String previous = request.page() > 1 ? request.pageUrl(request.page() - 1) : null;
		return new Page<>((int) Math.min(count, Integer.MAX_VALUE), next, previous, results);
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
