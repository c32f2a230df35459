package io.ponte.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.Environment;
import io.ponte.links.CredentialCipher;
import io.ponte.links.EncryptionKeys;
import io.ponte.organizations.NewKey;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Database;
import io.ponte.testing.Json;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import io.ponte.testing.WebhookReceiver;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The encryption key rotates on a running deployment: a new key goes first, the old one stays to decrypt, every
 * stored secret (link credentials, a pending MFA session, a webhook endpoint's secret and Authorization value, the
 * server's own digest key) is re-encrypted while the API keeps opening them, and then the old key can go.
 */
class EncryptionKeyRotationTests {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final byte[] FIRST = EncryptionKeys.generate();

	static final byte[] SECOND = EncryptionKeys.generate();

	static final byte[] THIRD = EncryptionKeys.generate();

	@Test
	void everyStoredSecretStaysReadableWhileTheKeyRotatesTwice() {
		Database database = Database.embedded();
		String authorization = "Bearer rotation-" + UUID.randomUUID();
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			NewKey key;
			String upgraded;
			String webhookSecret;
			String mfaLink;
			String mfaSession;
			String userId;
			try (PonteServer server = start(database, Map.of("ponte.encryption-key", encode(FIRST)))) {
				key = server.newKey(Environment.SANDBOX);
				ApiClient client = server.clientFor(key);
				upgraded = SandboxLink.of("rotating_ana").fetching().registerWith(client);
				userId = client.get("/api/links/" + upgraded + "/").json().get("institution_user_id").asString();
				assertThat(userId).as("the first version's digest, from the first key")
					.isEqualTo(firstVersionUserId(FIRST, key.organizationId(), "erebor_br_retail", "rotating_ana"));
				sealLikeTheFirstVersion(server, key.organizationId(), upgraded);
				webhookSecret = client.unchecked()
					.post("/api/webhooks/", Json.object("url", receiver.url(), "authorization", authorization))
					.assertStatus(201)
					.json()
					.get("secret")
					.asString();
				JsonNode challenge = client.post("/api/links/", Json.object("institution", "heimdall_mx_retail",
						"username", "mfa_default", "password", "pass_valid"))
					.assertError(428, "token_required", null)
					.json()
					.get(0);
				mfaLink = challenge.get("link").asString();
				mfaSession = challenge.get("session").asString();
			}

			// a new key first, the old one kept, no re-encryption yet: ciphertexts under both, all readable
			try (PonteServer server = start(database, Map.of("ponte.encryption-keys",
					encode(SECOND) + "," + encode(FIRST), "ponte.reencrypt-on-start", "false"))) {
				ApiClient client = server.clientFor(key);
				String fresh = SandboxLink.of("rotating_bea").fetching().registerWith(client);
				Reencryption reencryption = server.bean(Reencryption.class);
				assertThat(reencryption.census().get("links.credentials")).containsKeys("none", id(SECOND));
				assertThat(reencryption.census().get("webhook_endpoints.secret")).containsOnlyKeys(id(FIRST));
				retrieve(client, upgraded);
				retrieve(client, fresh);

				CompletableFuture<Integer> traffic = CompletableFuture.supplyAsync(() -> {
					int calls = 0;
					long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
					while (System.nanoTime() < until) {
						retrieve(client, calls % 2 == 0 ? upgraded : fresh);
						calls++;
					}
					return calls;
				});
				Map<String, Reencryption.Outcome> outcomes = reencryption.run();
				assertThat(traffic.join()).as("retrievals during the re-encryption, every one a 201").isPositive();

				assertThat(outcomes.values()).allSatisfy(outcome -> assertThat(outcome.unreadable()).isZero());
				assertThat(keysInUse(reencryption)).containsExactly(id(SECOND));
				assertThat(reencryption.run().values()).as("a second run has nothing left to do")
					.allSatisfy(outcome -> assertThat(outcome.rewritten()).isZero());
				client.send("PATCH", "/api/links/",
						Json.object("session", mfaSession, "link", mfaLink, "token", "111111"), Map.of())
					.assertStatus(200);
				assertWebhookSigned(client, receiver, upgraded, webhookSecret, authorization);
			}

			// the first key gone and a third first: the server re-encrypts by itself, in the background
			try (PonteServer server = start(database,
					Map.of("ponte.encryption-keys", encode(THIRD) + "," + encode(SECOND)))) {
				ApiClient client = server.clientFor(key);
				Reencryption reencryption = server.bean(Reencryption.class);
				Awaitility.await("re-encryption under the third key")
					.atMost(WAIT)
					.until(() -> keysInUse(reencryption).equals(Set.of(id(THIRD))));

				retrieve(client, upgraded);
				String again = SandboxLink.of("rotating_ana").fetching().registerWith(client);
				assertThat(client.get("/api/links/" + again + "/").json().get("institution_user_id").asString())
					.as("institution_user_id outlives every key").isEqualTo(userId);
				assertWebhookSigned(client, receiver, upgraded, webhookSecret, authorization);
			}
		}
	}

	private static PonteServer start(Database database, Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(properties);
		all.put("db-scheduler.polling-interval", "200ms");
		return PonteServer.start(database, all);
	}

	private static void retrieve(ApiClient client, String link) {
		client.post("/api/accounts/", Json.object("link", link, "save_data", false)).assertStatus(200);
	}

	private static void assertWebhookSigned(ApiClient client, WebhookReceiver receiver, String link, String secret,
			String authorization) {
		String marker = UUID.randomUUID().toString();
		client.unchecked()
			.post("/api/sandbox/links/" + link + "/fire-webhook/", Json.object("webhook_type", "TRANSACTIONS",
					"webhook_code", "new_transactions_available", "data", Map.of("marker", marker)))
			.assertStatus(202);
		WebhookReceiver.Delivery delivery = receiver.await(1, d -> d.body().contains(marker), WAIT).getFirst();
		assertThat(delivery.verifiedWith(secret)).isTrue();
		assertThat(delivery.header("authorization")).isEqualTo(authorization);
	}

	private static Set<String> keysInUse(Reencryption reencryption) {
		return reencryption.census().values().stream().flatMap(byKey -> byKey.keySet().stream())
			.collect(Collectors.toSet());
	}

	/** Replaces the link's stored credentials by the first version's ciphertext of them: no key id. */
	private static void sealLikeTheFirstVersion(PonteServer server, UUID organization, String link) {
		JdbcClient jdbc = server.bean(JdbcClient.class);
		String owner = "link:" + organization + ":" + link;
		byte[] sealed = jdbc.sql("select credentials from links where id = ?::uuid").param(link).query(byte[].class)
			.single();
		String plaintext = server.bean(CredentialCipher.class).decrypt(sealed, owner);
		try {
			byte[] nonce = new byte[12];
			new SecureRandom().nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(FIRST, "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] body = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] legacy = ByteBuffer.allocate(13 + body.length).put((byte) 1).put(nonce).put(body).array();
			jdbc.sql("update links set credentials = ? where id = ?::uuid").params(legacy, link).update();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code institution_user_id} as the first version computed it, from its single encryption key. */
	private static String firstVersionUserId(byte[] key, UUID organization, String institution, String username) {
		byte[] digestKey = hmac(key, "ponte institution user id");
		return Base64.getUrlEncoder()
			.encodeToString(hmac(digestKey, organization + "\n" + institution + "\n" + username));
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(byte[] key) {
		return EncryptionKeys.encode(key);
	}

	private static String id(byte[] key) {
		return CredentialCipher.idOf(key);
	}

}
