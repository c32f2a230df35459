package io.ponte.webhooks;

import io.ponte.api.ApiCollection;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.ValueType;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/webhooks/}: an organization's webhook endpoints, per environment (a Ponte extension; Belvo keeps
 * them in its dashboard).
 */
@RestController
class WebhookEndpointController {

	private final WebhookEndpoints endpoints;

	private final ListQueries lists;

	WebhookEndpointController(WebhookEndpoints endpoints, ListQueries lists) {
		this.endpoints = endpoints;
		this.lists = lists;
	}

	@Bean
	static ApiCollection webhooksCollection() {
		return ApiCollection.of("webhooks", "/api/webhooks/");
	}

	@GetMapping("/api/webhooks/")
	Page<WebhookEndpoint> list(Caller caller, ListRequest request) {
		return this.lists.page(WebhookEndpointDao.RESOURCE, request, caller.scope());
	}

	@PostMapping("/api/webhooks/")
	@ResponseStatus(HttpStatus.CREATED)
	WebhookEndpoint register(Caller caller, @RequestBody JsonNode body) {
		return this.endpoints.register(caller, JsonBody.of(body));
	}

	@GetMapping("/api/webhooks/{id}/")
	WebhookEndpoint detail(Caller caller, @PathVariable String id) {
		return this.endpoints.detail(caller, ValueType.idInPath(id));
	}

	@PatchMapping("/api/webhooks/{id}/")
	WebhookEndpoint modify(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
		return this.endpoints.modify(caller, ValueType.idInPath(id), JsonBody.of(body));
	}

	/** A new signing secret, returned this once; the old one keeps signing beside it for the overlap. */
	@PostMapping("/api/webhooks/{id}/rotate-secret/")
	WebhookEndpoint rotateSecret(Caller caller, @PathVariable String id) {
		return this.endpoints.rotateSecret(caller, ValueType.idInPath(id));
	}

	@DeleteMapping("/api/webhooks/{id}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Caller caller, @PathVariable String id) {
		this.endpoints.delete(caller, ValueType.idInPath(id));
	}


}
