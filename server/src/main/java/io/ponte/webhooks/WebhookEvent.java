package io.ponte.webhooks;

import java.util.Map;
import java.util.UUID;

/**
 * Something to announce, in Belvo's terms: {@code webhook_type} (the resource, or {@code LINK}),
 * {@code webhook_code} (what happened), {@code process_type} (why it ran: {@code historical_update} or
 * {@code recurrent_update}), the link it concerns with its {@code external_id}, the {@code request_id} of the
 * request it answers, and the event's {@code data}.
 */
public record WebhookEvent(String type, String code, String processType, UUID linkId, String externalId,
		String requestId, Map<String, Object> data) {

	/** {@code <type> historical_update}: a resource's history was loaded. */
	public static WebhookEvent historicalUpdate(String type, UUID linkId, String externalId, String requestId,
			Map<String, Object> data) {
		return new WebhookEvent(type, "historical_update", "historical_update", linkId, externalId, requestId, data);
	}

	/** An event about the link itself ({@code LINK}): deleted, credentials no longer valid, a token needed. */
	public static WebhookEvent aboutLink(String code, String processType, UUID linkId, String externalId,
			String requestId, Map<String, Object> data) {
		return new WebhookEvent("LINK", code, processType, linkId, externalId, requestId, data);
	}

}
