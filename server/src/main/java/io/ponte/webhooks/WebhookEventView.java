package io.ponte.webhooks;

import io.ponte.api.RawJson;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An outbox event as {@code GET /api/webhook-events/} shows it: where it goes, what it says (the exact payload
 * sent), how delivery stands ({@code pending}, {@code delivered}, {@code dead}) and every attempt.
 */
record WebhookEventView(UUID id, UUID endpoint, UUID link, String webhookType, String webhookCode, String requestId,
		String status, OffsetDateTime createdAt, OffsetDateTime deliveredAt, OffsetDateTime nextAttemptAt,
		RawJson payload, RawJson attempts) {
}
