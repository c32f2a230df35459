package io.ponte.links;

import io.ponte.api.ApiCollection;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.RequestIds;
import io.ponte.api.RequestMode;
import io.ponte.api.ValueType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code /api/links/}: registration with MFA, listing, detail, credential updates, settings, deletion. */
@RestController
class LinkController {

	private final Links links;

	private final ListQueries lists;

	LinkController(Links links, ListQueries lists) {
		this.links = links;
		this.lists = lists;
	}

	@Bean
	static ApiCollection linksCollection() {
		return ApiCollection.of("links", "/api/links/");
	}

	@GetMapping("/api/links/")
	Page<Link> list(Caller caller, ListRequest request) {
		return this.lists.page(LinkDao.RESOURCE, request, caller.scope());
	}

	@PostMapping("/api/links/")
	@ResponseStatus(HttpStatus.CREATED)
	Link register(Caller caller, @RequestBody JsonNode body) {
		return this.links.register(caller, JsonBody.of(body));
	}

	@PatchMapping("/api/links/")
	Link resume(Caller caller, @RequestBody JsonNode body) {
		return this.links.resume(caller, JsonBody.of(body));
	}

	@GetMapping("/api/links/{id}/")
	Link detail(Caller caller, @PathVariable String id) {
		return this.links.detail(caller, ValueType.idInPath(id));
	}

	@PutMapping("/api/links/{id}/")
	Link update(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
		return this.links.updateCredentials(caller, ValueType.idInPath(id), JsonBody.of(body));
	}

	@PatchMapping("/api/links/{id}/")
	Link modify(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
		return this.links.modify(caller, ValueType.idInPath(id), JsonBody.of(body));
	}

	/** 202 once the link's data is loaded again; 409 {@code link_refreshed} within 7 minutes of the last time. */
	@PostMapping("/api/links/{id}/refresh/")
	ResponseEntity<Map<String, String>> refresh(Caller caller, @PathVariable String id,
			@RequestBody(required = false) JsonNode body, HttpServletRequest request) {
		this.links.refresh(caller, ValueType.idInPath(id),
				JsonBody.of(body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : body));
		return ResponseEntity.accepted().body(Map.of("request_id", RequestIds.of(request)));
	}

	/**
	 * 204; with {@code X-Belvo-Request-Mode: async}, 202 and this request's id (the deletion is already done): the
	 * {@code X-Request-Id} of the response and its log lines, written as a dashed UUID because the spec declares
	 * this {@code request_id} with {@code format: uuid} (unlike refresh's).
	 */
	@DeleteMapping("/api/links/{id}/")
	ResponseEntity<?> delete(Caller caller, @PathVariable String id,
			HttpServletRequest request) {
		boolean async = RequestMode.async(request);
		String requestId = RequestIds.dashed(RequestIds.of(request));
		this.links.delete(caller, ValueType.idInPath(id), async ? requestId : null);
		if (async) {
			return ResponseEntity.accepted().body(Map.of("request_id", requestId));
		}
		return ResponseEntity.noContent().build();
	}


}
