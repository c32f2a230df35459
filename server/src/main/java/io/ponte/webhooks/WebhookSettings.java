package io.ponte.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered ({@code ponte.webhooks.*}, defaults in {@code application.properties}: Belvo's five
 * retries, from a 3 s base doubling each time).
 *
 * @param retries attempts after the first before an event is dead-lettered
 * @param backoff the wait before the first retry
 * @param backoffFactor how much each further wait grows
 * @param timeout the longest one attempt may take, connection to last byte read
 * @param rotationOverlap how long a rotated-out secret keeps signing beside the new one
 * @param allowPrivateAddresses whether production endpoints may resolve to loopback, private or link-local
 *        addresses (sandbox endpoints always may, so developers can receive on their own machine)
 */
@ConfigurationProperties("ponte.webhooks")
record WebhookSettings(int retries, Duration backoff, double backoffFactor, Duration timeout,
		Duration rotationOverlap, boolean allowPrivateAddresses) {

	/** The wait after the {@code failures}-th failed attempt in a row. */
	Duration backoffAfter(int failures) {
		return Duration.ofMillis(Math.round(this.backoff.toMillis() * Math.pow(this.backoffFactor, failures - 1)));
	}

}
