package io.ponte.banking;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.RawJson;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import io.ponte.resources.StoredResources;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/br/exchanges/{id}/history/}: the events of one stored exchange, in the institution's order.
 * They are kept in the exchange's document and rendered one per row by the view {@code exchange_history_items};
 * an exchange the caller cannot see has no history (404).
 */
@RestController
class ExchangeHistoryController {

	private static final Resource<RawJson> HISTORY = Resource
		.of("exchange_history_items", "position", (rs, row) -> new RawJson(rs.getString("body")), List.of())
		.selecting("body");

	private final ListQueries lists;

	private final Resource<RawJson> exchanges;

	ExchangeHistoryController(ListQueries lists, StoredResources resources) {
		this.lists = lists;
		this.exchanges = resources.named("exchanges").listing();
	}

	@GetMapping("/api/br/exchanges/{id}/history/")
	Page<RawJson> history(Caller caller, @PathVariable String id, ListRequest request) {
		UUID exchange = ValueType.idInPath(id);
		Condition scope = caller.scope();
		this.lists.find(this.exchanges, scope, Condition.eq("id", exchange))
			.orElseThrow(ApiException::notFound);
		return this.lists.page(HISTORY, request, scope.and(Condition.eq("exchange_id", exchange)));
	}

}
