package io.ponte.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Something to announce, in Belvo's terms: {@code webhook_type} (the resource, or {@code LINK}),
 * {@code webhook_code} (what happened), {@code process_type} (why it ran: {@code historical_update} or
 * {@code recurrent_update}), the link it concerns with its {@code external_id}, the {@code request_id} of the
 * request it answers, and the event's {@code data}. Built by the factories below, one per kind of event.
 */
public record WebhookEvent(String type, String code, String processType, UUID linkId, String externalId,
		String requestId, Map<String, Object> data, UUID objectId) {

	/** An aggregation event: about a link, with no object id. */
	public WebhookEvent(String type, String code, String processType, UUID linkId, String externalId, String requestId,
			Map<String, Object> data) {
		this(type, code, processType, linkId, externalId, requestId, data, null);
	}

	/**
	 * A Brazil payments event (Belvo's payments webhook "schema V1"): {@code webhook_type} the resource
	 * ({@code PAYMENT_INTENTS}, {@code CHARGES}, {@code TRANSACTIONS}), {@code webhook_code} what happened
	 * ({@code STATUS_UPDATE}, {@code OBJECT_CREATED}), {@code object_id} the resource's id, {@code external_id} the
	 * payment intent's, and {@code data} (for a status: the new status, metadata, failure code and message, and the
	 * Pix end-to-end id).
	 */
	public static WebhookEvent payment(String type, String code, UUID objectId, String externalId,
			Map<String, Object> data) {
		return new WebhookEvent(type, code, null, null, externalId, null, data, objectId);
	}

	/** Whether this is a payments event, whose payload names an object rather than a link. */
	public boolean aboutPayment() {
		return this.objectId != null;
	}

	/** {@code <type> historical_update}: a resource's history was loaded. */
	public static WebhookEvent historicalUpdate(String type, UUID linkId, String externalId, String requestId,
			Map<String, Object> data) {
		return new WebhookEvent(type, "historical_update", "historical_update", linkId, externalId, requestId, data);
	}

	/** {@code <type> <code>} from a recurrent refresh, such as {@code new_transactions_available}. */
	public static WebhookEvent recurrentUpdate(String type, String code, UUID linkId, String externalId,
			String requestId, Map<String, Object> data) {
		return new WebhookEvent(type, code, "recurrent_update", linkId, externalId, requestId, data);
	}

	/** {@code <type> error}: an asynchronous request for the resource failed, with Belvo's error fields. */
	public static WebhookEvent failure(String type, UUID linkId, String externalId, String requestId, String code,
			String message, int status) {
		return new WebhookEvent(type, "error", "historical_update", linkId, externalId, requestId,
				error(code, message, status));
	}

	/**
	 * {@code LINK invalid_credentials} or {@code LINK token_required}: a recurrent login failed (or the sandbox was
	 * told to act as if it had), with Belvo's error fields.
	 */
	public static WebhookEvent loginFailed(boolean tokenRequired, UUID linkId, String externalId) {
		return new WebhookEvent("LINK", tokenRequired ? "token_required" : "invalid_credentials", "recurrent_update",
				linkId, externalId, null, tokenRequired
						? error("token_required", "A MFA token is required by the institution to login", 428)
						: error("login_error", "Invalid credentials provided to login to the institution", 400));
	}

	/** {@code LINK link_deleted}, after an asynchronous deletion. */
	public static WebhookEvent linkDeleted(UUID linkId, String externalId, String requestId) {
		return new WebhookEvent("LINK", "link_deleted", null, linkId, externalId, requestId, Map.of());
	}

	private static Map<String, Object> error(String code, String message, int status) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("error_code", code);
		data.put("error_message", message);
		data.put("status", status);
		return data;
	}

}
