package io.ponte.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signing secrets and signatures as the Standard Webhooks specification defines them: a secret is {@code whsec_}
 * plus the Base64 of 24 random bytes; signing is the specification's reference library's, the one receivers
 * verify with ({@code v1,} plus the Base64 HMAC-SHA256 of {@code id.timestamp.body}).
 */
final class SigningSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SigningSecrets() {
	}

	static String generate() {
		byte[] key = new byte[24];
		RANDOM.nextBytes(key);
		return "whsec_" + Base64.getEncoder().encodeToString(key);
	}

	static String sign(String secret, String messageId, long timestampSeconds, String body) {
		try {
			return new Webhook(secret).sign(messageId, timestampSeconds, body);
		}
		catch (WebhookSigningException | EmptyWebhookSecretException | RuntimeException ex) {
			throw new IllegalStateException("Cannot sign a webhook with a stored secret", ex);
		}
	}

}
