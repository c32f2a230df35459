package io.ponte.sandbox;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.RequestIds;
import io.ponte.api.ValueType;
import io.ponte.links.Link;
import io.ponte.links.LinkStatus;
import io.ponte.links.Links;
import io.ponte.resources.HistoricalUpdates;
import io.ponte.webhooks.WebhookEvent;
import io.ponte.webhooks.Webhooks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Sandbox helpers on a link (after Plaid's): {@code reset-login} puts it in the state a failed recurrent login
 * would, and {@code fire-webhook} sends one of the events Ponte sends for it now, without waiting for the real
 * cause.
 */
@RestController
class SandboxLinkController {

	private final Links links;

	private final Webhooks webhooks;

	private final HistoricalUpdates historicalUpdates;

	private final TransactionTemplate transaction;

	SandboxLinkController(Links links, Webhooks webhooks, HistoricalUpdates historicalUpdates,
			TransactionTemplate transaction) {
		this.links = links;
		this.webhooks = webhooks;
		this.historicalUpdates = historicalUpdates;
		this.transaction = transaction;
	}

	@PostMapping("/api/sandbox/links/{id}/reset-login/")
	Link resetLogin(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
		String status = JsonBody.of(body).optionalChoice("status", Set.of("invalid", "token_required"));
		if (status == null) {
			throw ApiException.required("status");
		}
		return this.links.resetLogin(caller, ValueType.idInPath(id), LinkStatus.of(status));
	}

	/**
	 * Sends the event now: {@code historical_update} with the link's current totals, {@code new_*_available}
	 * with a count of new items (0 unless {@code data} says otherwise), the LINK events with Belvo's error
	 * fields. {@code data} in the request replaces the event's data.
	 */
	@PostMapping("/api/sandbox/links/{id}/fire-webhook/")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> fireWebhook(Caller caller, @PathVariable String id, @RequestBody JsonNode node,
			HttpServletRequest request) {
		JsonBody body = JsonBody.of(node);
		Link link = this.links.detail(caller, ValueType.idInPath(id));
		String type = body.requiredString("webhook_type");
		String code = body.requiredString("webhook_code");
		String requestId = RequestIds.dashed(RequestIds.of(request));
		WebhookEvent event = event(caller, link, type, code, requestId);
		if (node.has("data") && node.get("data").isObject()) {
			Map<String, Object> data = new LinkedHashMap<>();
			node.get("data").properties().forEach(field -> data.put(field.getKey(), field.getValue()));
			event = new WebhookEvent(event.type(), event.code(), event.processType(), event.linkId(),
					event.externalId(), event.requestId(), data);
		}
		WebhookEvent fired = event;
		int sent = this.transaction.execute(tx -> this.webhooks.publish(caller.organizationId(), caller.environment(),
				fired));
		return Map.of("request_id", requestId, "endpoints", sent);
	}

	private WebhookEvent event(Caller caller, Link link, String type, String code, String requestId) {
		if (type.equals("LINK")) {
			return switch (code) {
				case "invalid_credentials", "token_required" -> WebhookEvent.loginFailed(code.equals("token_required"),
						link.id(), link.externalId());
				case "link_deleted" -> WebhookEvent.linkDeleted(link.id(), link.externalId(), requestId);
				default -> throw ApiException.invalid("webhook_code", "invalid_choice", "\"" + code
						+ "\" is not a valid choice for LINK: invalid_credentials, token_required, link_deleted.");
			};
		}
		Map<String, Object> totals = this.historicalUpdates.historicalData(caller, link, type)
			.orElseThrow(() -> ApiException.invalid("webhook_type", "invalid_choice", "\"" + type
					+ "\" is not a valid choice."));
		String name = type.toLowerCase(Locale.ROOT);
		List<String> codes = type.equals("TRANSACTIONS")
				? List.of("historical_update", "new_transactions_available", "transactions_updated",
						"transactions_deleted")
				: List.of("historical_update", "new_" + name + "_available");
		if (!codes.contains(code)) {
			throw ApiException.invalid("webhook_code", "invalid_choice", "\"" + code + "\" is not a valid choice for "
					+ type + ": " + String.join(", ", codes) + ".");
		}
		if (code.equals("historical_update")) {
			return WebhookEvent.historicalUpdate(type, link.id(), link.externalId(), requestId, totals);
		}
		Map<String, Object> data = code.startsWith("new_") ? Map.of("new_" + name, 0) : Map.of("transactions", List.of());
		return WebhookEvent.recurrentUpdate(type, code, link.id(), link.externalId(), requestId, data);
	}

}
