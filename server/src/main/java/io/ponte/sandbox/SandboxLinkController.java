package io.ponte.sandbox;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.RequestIds;
import io.ponte.api.ValueType;
import io.ponte.links.Link;
import io.ponte.links.LinkStatus;
import io.ponte.links.Links;
import io.ponte.webhooks.WebhookEvent;
import io.ponte.webhooks.Webhooks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** The resources whose events carry counts, and the table the link's items of each are in. */
	private static final Map<String, String> TABLES = Map.of("ACCOUNTS", "accounts", "TRANSACTIONS", "transactions",
			"BILLS", "bills", "OWNERS", "owners", "BALANCES", "balances", "INVESTMENTS", "investments",
			"INVESTMENT_TRANSACTIONS", "investment_transactions", "EXCHANGES", "exchanges");

	private static final Set<String> LINK_CODES = Set.of("invalid_credentials", "token_required", "link_deleted");

	private final Links links;

	private final Webhooks webhooks;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	SandboxLinkController(Links links, Webhooks webhooks, JdbcClient jdbc, TransactionTemplate transaction) {
		this.links = links;
		this.webhooks = webhooks;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@PostMapping("/api/sandbox/links/{id}/reset-login/")
	Link resetLogin(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
		String status = JsonBody.of(body).optionalChoice("status", Set.of("invalid", "token_required"));
		if (status == null) {
			throw ApiException.required("status");
		}
		return this.links.resetLogin(caller, linkId(id), LinkStatus.of(status));
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
		Link link = this.links.detail(caller, linkId(id));
		String type = body.requiredString("webhook_type");
		String code = body.requiredString("webhook_code");
		Map<String, Object> data = data(caller, link, type, code);
		if (node.has("data") && node.get("data").isObject()) {
			data = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : node.get("data").properties()) {
				data.put(field.getKey(), field.getValue());
			}
		}
		String requestId = RequestIds.dashed(RequestIds.of(request));
		String processType = code.equals("historical_update") ? "historical_update" : "recurrent_update";
		WebhookEvent event = new WebhookEvent(type, code, processType, link.id(), link.externalId(), requestId,
				data);
		int sent = this.transaction.execute(tx -> this.webhooks.publish(caller.organizationId(), caller.environment(),
				event));
		return Map.of("request_id", requestId, "endpoints", sent);
	}

	private Map<String, Object> data(Caller caller, Link link, String type, String code) {
		if (type.equals("LINK")) {
			if (!LINK_CODES.contains(code)) {
				throw ApiException.invalid("webhook_code", "invalid_choice", "\"" + code + "\" is not a valid choice "
						+ "for LINK.");
			}
			if (code.equals("link_deleted")) {
				return Map.of();
			}
			boolean token = code.equals("token_required");
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("error_code", token ? "token_required" : "login_error");
			data.put("error_message", token ? "A MFA token is required by the institution to login"
					: "Invalid credentials provided to login to the institution");
			data.put("status", token ? 428 : 400);
			return data;
		}
		String table = TABLES.get(type);
		if (table == null) {
			throw ApiException.invalid("webhook_type", "invalid_choice", "\"" + type + "\" is not a valid choice.");
		}
		String name = type.toLowerCase(java.util.Locale.ROOT);
		List<String> codes = type.equals("TRANSACTIONS")
				? List.of("historical_update", "new_transactions_available", "transactions_updated",
						"transactions_deleted")
				: List.of("historical_update", "new_" + name + "_available");
		if (!codes.contains(code)) {
			throw ApiException.invalid("webhook_code", "invalid_choice", "\"" + code + "\" is not a valid choice for "
					+ type + ": " + String.join(", ", codes) + ".");
		}
		return switch (code) {
			case "historical_update" -> Map.of("total_" + name, this.jdbc.sql("select count(*) from " + table
					+ " where organization_id = :organization and link_id = :link")
				.param("organization", caller.organizationId())
				.param("link", link.id())
				.query(Long.class)
				.single());
			case "transactions_updated", "transactions_deleted" -> Map.of("transactions", List.of());
			default -> Map.of("new_" + name, 0);
		};
	}

	private static UUID linkId(String raw) {
		return ValueType.uuidOrEmpty(raw).orElseThrow(ApiException::notFound);
	}

}
