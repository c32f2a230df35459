package io.ponte.webhooks;

import io.ponte.api.ApiCollection;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.ListQueries;
import io.ponte.api.ListRequest;
import io.ponte.api.Page;
import io.ponte.api.ValueType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code /api/webhook-events/}: the outbox, each event with its attempts, and redelivery (a Ponte extension). */
@RestController
class WebhookEventController {

	private final WebhookEvents events;

	private final ListQueries lists;

	WebhookEventController(WebhookEvents events, ListQueries lists) {
		this.events = events;
		this.lists = lists;
	}

	@Bean
	static ApiCollection webhookEventsCollection() {
		return ApiCollection.of("webhook-events", "/api/webhook-events/");
	}

	@GetMapping("/api/webhook-events/")
	Page<WebhookEventView> list(Caller caller, ListRequest request) {
		return this.lists.page(WebhookEventDao.RESOURCE, request, caller.scope());
	}

	@GetMapping("/api/webhook-events/{id}/")
	WebhookEventView detail(Caller caller, @PathVariable String id) {
		return this.events.detail(caller, ValueType.idInPath(id));
	}

	@PostMapping("/api/webhook-events/{id}/redeliver/")
	@ResponseStatus(HttpStatus.ACCEPTED)
	WebhookEventView redeliver(Caller caller, @PathVariable String id) {
		return this.events.redeliver(caller, ValueType.idInPath(id));
	}

	/** Every dead-lettered event of the endpoint, optionally only those created {@code from}/{@code to}. */
	@PostMapping("/api/webhooks/{id}/redeliver/")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> redeliverDead(Caller caller, @PathVariable String id,
			@RequestBody(required = false) JsonNode body) {
		return this.events.redeliverDead(caller, ValueType.idInPath(id),
				JsonBody.of(body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : body));
	}

}
