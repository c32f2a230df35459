package io.ponte.banking;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.RawJson;
import io.ponte.api.ValueType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * One controller for every stored banking resource ({@code /api/accounts/}, {@code /api/br/balances/}, ...):
 * the collection path picks the {@link StoredResource}; routes the resource does not offer answer 405.
 */
@RestController
class StoredResourceController {

	/** The collections this controller serves, so other routes keep their own 404 and 405 answers. */
	static final String COLLECTION = "/api/{name:accounts|owners|transactions|bills}/";

	static final String BR_COLLECTION = "/api/br/{name:balances|investments|investment-transactions|exchanges}/";

	private final BankingResources resources;

	private final Retrievals retrievals;

	private final ListQueries lists;

	private final DocumentStore store;

	StoredResourceController(BankingResources resources, Retrievals retrievals, ListQueries lists,
			DocumentStore store) {
		this.resources = resources;
		this.retrievals = retrievals;
		this.lists = lists;
		this.store = store;
		// the route patterns must name every declared collection, or its routes would answer 404
		for (StoredResource resource : resources.all()) {
			String path = resource.path();
			String name = path.substring(path.startsWith("/api/br/") ? 8 : 5, path.length() - 1);
			String names = path.startsWith("/api/br/") ? BR_COLLECTION : COLLECTION;
			if (!java.util.Arrays.asList(names.substring(names.indexOf(':') + 1, names.indexOf('}')).split("\\|"))
				.contains(name)) {
				throw new IllegalStateException(path + " is declared but not routed; add it to the route patterns");
			}
		}
	}

	@GetMapping({ COLLECTION, BR_COLLECTION })
	Page<RawJson> list(Caller caller, ListRequest request, HttpServletRequest http) {
		BankingResources.Registered registered = registered(http, null);
		if (registered.resource().listRequiresLink()) {
			request.require("link");
		}
		return this.lists.page(registered.listing(), request, caller.scope());
	}

	@PostMapping({ COLLECTION, BR_COLLECTION })
	ResponseEntity<List<RawJson>> retrieve(Caller caller, @RequestBody JsonNode body, HttpServletRequest http) {
		Retrievals.Retrieved retrieved = this.retrievals.retrieve(caller, registered(http, null).resource(), body);
		return ResponseEntity.status(retrieved.saved() ? HttpStatus.CREATED : HttpStatus.OK).body(retrieved.items());
	}

	@PatchMapping({ COLLECTION, BR_COLLECTION })
	ResponseEntity<List<RawJson>> resume(Caller caller, @RequestBody JsonNode body, HttpServletRequest http)
			throws HttpRequestMethodNotSupportedException {
		StoredResource resource = registered(http, null).resource();
		if (!resource.resumable()) {
			throw new HttpRequestMethodNotSupportedException("PATCH", Set.of("GET", "POST"));
		}
		Retrievals.Retrieved retrieved = this.retrievals.resume(caller, resource, body);
		return ResponseEntity.status(retrieved.saved() ? HttpStatus.CREATED : HttpStatus.OK).body(retrieved.items());
	}

	@GetMapping({ COLLECTION + "{id}/", BR_COLLECTION + "{id}/" })
	RawJson detail(Caller caller, @PathVariable String id, HttpServletRequest http) {
		BankingResources.Registered registered = registered(http, id);
		UUID uuid = ValueType.uuidOrEmpty(id).orElseThrow(ApiException::notFound);
		return this.lists.find(registered.listing(), caller.scope(), Condition.eq("id", uuid))
			.orElseThrow(ApiException::notFound);
	}

	@DeleteMapping({ COLLECTION + "{id}/", BR_COLLECTION + "{id}/" })
	ResponseEntity<Void> delete(Caller caller, @PathVariable String id, HttpServletRequest http)
			throws HttpRequestMethodNotSupportedException {
		StoredResource resource = registered(http, id).resource();
		if (!resource.deletable()) {
			throw new HttpRequestMethodNotSupportedException("DELETE", Set.of("GET"));
		}
		UUID uuid = ValueType.uuidOrEmpty(id).orElseThrow(ApiException::notFound);
		if (!this.store.delete(caller, resource, uuid)) {
			throw ApiException.notFound();
		}
		return ResponseEntity.noContent().build();
	}

	/** The resource whose collection path this request is on; an unknown path is an unknown route (404). */
	private BankingResources.Registered registered(HttpServletRequest http, String id) {
		String path = http.getRequestURI();
		String collection = id == null ? path : path.substring(0, path.length() - id.length() - 1);
		return this.resources.byPath(collection).orElseThrow(ApiException::notFound);
	}

}
