package io.ponte.webhooks;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.ponte.api.Environment;
import io.ponte.links.CredentialCipher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Delivers one outbox event: a db-scheduler task per event, so any instance may deliver it, none at the same
 * time as another, and one that dies mid-delivery is revived elsewhere (at least once, with the same
 * {@code webhook-id}). An attempt posts the signed payload with a timeout, follows no redirect and reads at most a
 * few kilobytes of the answer; a 2xx delivers the event, anything else is retried with exponential back-off and,
 * after the last retry, the event is dead-lettered (kept, and redeliverable).
 */
@Component
class WebhookDelivery {

	static final String TASK_NAME = "webhook-delivery";

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	/** How much of a receiver's answer is read (and kept, in part, as the attempt's error). */
	private static final int BODY_CAP = 4096;

	private static final ExecutorService READERS = Executors.newVirtualThreadPerTaskExecutor();

	private final WebhookEventDao events;

	private final WebhookUrls urls;

	private final CredentialCipher cipher;

	private final WebhookSettings settings;

	private final Clock clock;

	private final HttpClient http;

	WebhookDelivery(WebhookEventDao events, WebhookUrls urls, CredentialCipher cipher, WebhookSettings settings,
			Clock clock) {
		this.events = events;
		this.urls = urls;
		this.cipher = cipher;
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.timeout())
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	static TaskInstance<String> instance(UUID event, UUID organization) {
		return new TaskInstance<>(TASK_NAME, event.toString(), organization.toString());
	}

	@Bean
	CustomTask<String> webhookDeliveryTask() {
		return Tasks.custom(TASK_NAME, String.class)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
			.execute((instance, context) -> deliver(UUID.fromString(instance.getData()),
					UUID.fromString(instance.getId()), context.getExecution().pickedBy));
	}

	/**
	 * One attempt by {@code instance}; what the scheduler does next: nothing more, or try again at the back-off's
	 * time.
	 */
	CompletionHandler<String> deliver(UUID organization, UUID eventId, String instance) {
		WebhookEventDao.Outgoing event = this.events.outgoing(organization, eventId).orElse(null);
		if (event == null) {
			return new CompletionHandler.OnCompleteRemove<>();
		}
		Instant started = this.clock.instant();
		Outcome outcome = attempt(event, started);
		long latency = Duration.between(started, this.clock.instant()).toMillis();
		Instant next = outcome.delivered() || event.failures() + 1 > this.settings.retries() ? null
				: this.clock.instant().plus(this.settings.backoffAfter(event.failures() + 1));
		this.events.recordAttempt(organization, eventId, new WebhookEventDao.Attempt(started, outcome.status(),
				latency, outcome.error(), outcome.delivered(), instance), next);
		if (next == null) {
			if (!outcome.delivered()) {
				log.info("Webhook event {} dead-lettered after {} failed attempts: {}", eventId, event.failures() + 1,
						outcome.error());
			}
			return new CompletionHandler.OnCompleteRemove<>();
		}
		return (complete, operations) -> operations.reschedule(complete, next);
	}

	private record Outcome(boolean delivered, Integer status, String error) {
	}

	private Outcome attempt(WebhookEventDao.Outgoing event, Instant now) {
		if (!event.enabled()) {
			return new Outcome(false, null, "The endpoint is disabled.");
		}
		URI url = URI.create(event.url());
		String refusal = this.urls.refusal(url, Environment.of(event.environment()));
		if (refusal != null) {
			return new Outcome(false, null, refusal);
		}
		String id = event.id().toString();
		long timestamp = now.getEpochSecond();
		String owner = WebhookEndpoints.owner(event.endpointId());
		String signature = SigningSecrets.sign(this.cipher.decrypt(event.secret(), owner), id, timestamp,
				event.payload());
		if (event.previousSecret() != null && event.previousExpiresAt() != null
				&& event.previousExpiresAt().toInstant().isAfter(now)) {
			signature += " " + SigningSecrets.sign(this.cipher.decrypt(event.previousSecret(), owner), id, timestamp,
					event.payload());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Ponte-Webhooks/1")
			.header("webhook-id", id)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8));
		if (event.authorization() != null) {
			request.header("Authorization", this.cipher.decrypt(event.authorization(), owner + ":authorization"));
		}
		CompletableFuture<HttpResponse<InputStream>> sent = this.http.sendAsync(request.build(),
				HttpResponse.BodyHandlers.ofInputStream());
		try {
			// the whole attempt, answer included, within the timeout: a receiver that drips its answer is cut off
			long deadline = System.nanoTime() + this.settings.timeout().toNanos();
			HttpResponse<InputStream> response = sent.get(this.settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
			String answer = readCapped(response.body(), deadline);
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return new Outcome(true, status, null);
			}
			return new Outcome(false, status, "HTTP " + status + (answer.isBlank() ? "" : ": " + answer));
		}
		catch (TimeoutException ex) {
			sent.cancel(true);
			return new Outcome(false, null, "No answer within " + this.settings.timeout().toMillis() + " ms.");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause() == null ? ex : ex.getCause();
			return new Outcome(false, null, cause.getClass().getSimpleName()
					+ (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(false, null, "Interrupted while delivering.");
		}
	}

	/** At most {@link #BODY_CAP} bytes of the answer, until the deadline; the rest is not read. */
	private static String readCapped(InputStream body, long deadline) {
		CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
			try (body) {
				byte[] bytes = body.readNBytes(BODY_CAP);
				return new String(bytes, StandardCharsets.UTF_8).strip();
			}
			catch (IOException ex) {
				return "";
			}
		}, READERS);
		try {
			return read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			closeQuietly(body);
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			closeQuietly(body);
			return "";
		}
	}

	private static void closeQuietly(InputStream body) {
		try {
			body.close();
		}
		catch (IOException ignored) {
			// closing is only to stop reading
		}
	}

}
