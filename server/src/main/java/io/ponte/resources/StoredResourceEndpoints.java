package io.ponte.resources;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.JsonPage;
import io.ponte.api.RawJson;
import io.ponte.api.RequestIds;
import io.ponte.api.RequestMode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import io.ponte.api.ValueType;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;

/**
 * The endpoints of one stored resource, given the resource they serve; {@link StoredResourceRoutes} maps each
 * method to its route. The same code serves every resource.
 */
@ResponseBody
final class StoredResourceEndpoints {

	private final StoredResource resource;

	private final Retrievals retrievals;

	private final ListQueries lists;

	private final DocumentStore store;

	private final AsyncRetrievals async;

	StoredResourceEndpoints(StoredResource resource, Retrievals retrievals, ListQueries lists, DocumentStore store,
			AsyncRetrievals async) {
		this.resource = resource;
		this.retrievals = retrievals;
		this.lists = lists;
		this.store = store;
		this.async = async;
	}

	/** {@code GET {path}}: a page of stored items. */
	JsonPage list(Caller caller, ListRequest request) {
		if (this.resource.listedPerLink()) {
			request.require("link");
		}
		return this.lists.jsonPage(this.resource.listing(), request, caller.scope());
	}

	/**
	 * {@code POST {path}}: retrieve from the institution; 201 when kept, 200 with {@code save_data=false}. Where
	 * the spec lets it, {@code X-Belvo-Request-Mode: async} answers 202 with the request's id and runs the
	 * retrieval in the background, its outcome announced by webhook.
	 */
	ResponseEntity<?> retrieve(Caller caller, @RequestBody JsonNode body, HttpServletRequest request) {
		if (RequestMode.async(request) && this.resource.answersAsynchronously()) {
			String requestId = RequestIds.dashed(RequestIds.of(request));
			this.async.submit(caller, this.resource, body, requestId);
			return ResponseEntity.accepted().body(Map.of("request_id", requestId));
		}
		return answer(this.retrievals.retrieve(caller, this.resource, body));
	}

	/**
	 * {@code PATCH {path}}: resume a retrieval that asked for an MFA token. Every resumption of the spec answers
	 * a list, even where its {@code POST} answers one item (incomes, risk insights).
	 */
	ResponseEntity<?> resume(Caller caller, @RequestBody JsonNode body) {
		Retrievals.Retrieved retrieved = this.retrievals.resume(caller, this.resource, body);
		return ResponseEntity.status(retrieved.saved() ? HttpStatus.CREATED : HttpStatus.OK).body(retrieved.items());
	}

	/**
	 * {@code GET {path}{id}/}: one stored item (in a list of one where the spec says so); one the caller cannot
	 * see is 404.
	 */
	RawJson detail(Caller caller, @PathVariable("id") String id) {
		UUID uuid = ValueType.idInPath(id);
		RawJson item = this.lists.find(this.resource.listing(), caller.scope(), Condition.eq("id", uuid))
			.orElseThrow(ApiException::notFound);
		return this.resource.detailedInAList() ? new RawJson("[" + item.json() + "]") : item;
	}

	/** {@code DELETE {path}{id}/}: 204, or 404 when the caller has no such item. */
	ResponseEntity<Void> delete(Caller caller, @PathVariable("id") String id) {
		UUID uuid = ValueType.idInPath(id);
		if (!this.store.delete(this.resource, caller, uuid)) {
			throw ApiException.notFound();
		}
		return ResponseEntity.noContent().build();
	}

	/** The items, or the one item where the resource answers one (the institution always has it). */
	private ResponseEntity<?> answer(Retrievals.Retrieved retrieved) {
		HttpStatus status = retrieved.saved() ? HttpStatus.CREATED : HttpStatus.OK;
		if (this.resource.answersOneItem()) {
			if (retrieved.items().size() != 1) {
				throw new IllegalStateException(this.resource + " retrieved " + retrieved.items().size() + " items");
			}
			return ResponseEntity.status(status).body(retrieved.items().getFirst());
		}
		return ResponseEntity.status(status).body(retrieved.items());
	}

}
