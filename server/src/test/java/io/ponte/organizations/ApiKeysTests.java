package io.ponte.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.Environment;
import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class ApiKeysTests {

	@OnEachDatabase
	void aNewOrganizationsKeyAuthenticates(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);

		server.clientFor(key).get("/api/institutions/").assertStatus(200);
	}

	@Test
	void anUnknownSecretIdCostsABcryptCheckOfTheSameCostAsAKeysHash() {
		String real = new ApiKeys(null, java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(60)).hash("any password");

		assertThat(ApiKeys.DECOY_HASH).hasSameSizeAs(real).startsWith(real.substring(0, 7));
	}

	@OnEachDatabase
	void aWrongPasswordOrAnotherKeysPasswordIsRefused(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);
		NewKey other = server.newKey(Environment.SANDBOX);
		ApiClient client = server.clientFor(key);

		client.withAuthorization(ApiClient.basic(key.secretId(), "wrong-" + key.secretPassword()))
			.get("/api/institutions/")
			.assertError(401, "authentication_failed", null);
		client.withAuthorization(ApiClient.basic(key.secretId(), other.secretPassword()))
			.get("/api/institutions/")
			.assertError(401, "authentication_failed", null);
		client.withAuthorization(ApiClient.basic(other.secretId(), key.secretPassword()))
			.get("/api/institutions/")
			.assertError(401, "authentication_failed", null);
		client.get("/api/institutions/").assertStatus(200);
	}

	@OnEachDatabase
	void aRevokedKeyIsRefusedRightAway(PonteServer server) {
		NewKey key = server.newKey(Environment.SANDBOX);
		ApiClient client = server.clientFor(key);
		client.get("/api/institutions/").assertStatus(200); // now in the verified cache

		assertThat(server.bean(ApiKeys.class).revoke(key.secretId())).isTrue();

		client.get("/api/institutions/").assertError(401, "authentication_failed", null);
		assertThat(server.bean(ApiKeys.class).revoke(key.secretId())).as("revoking twice").isFalse();
	}

	@OnEachDatabase
	void aKeyVerifiedWhileItsRevocationCommitsIsRefusedOnceItHasCommitted(PonteServer server) {
		ApiKeys keys = server.bean(ApiKeys.class);
		NewKey key = server.newKey(Environment.SANDBOX);

		server.bean(TransactionTemplate.class).executeWithoutResult(status -> {
			assertThat(keys.revoke(key.secretId())).isTrue();
			// another request, on another connection, still reads the committed (active) key
			assertThat(CompletableFuture.supplyAsync(() -> keys.authenticate(key.secretId(), key.secretPassword()))
				.join()).isPresent();
		});

		assertThat(keys.authenticate(key.secretId(), key.secretPassword())).isEmpty();
		server.clientFor(key).get("/api/institutions/").assertError(401, "authentication_failed", null);
	}

	@OnEachDatabase
	void keysOfTwoOrganizationsAreIndependent(PonteServer server) {
		NewKey first = server.newKey(Environment.SANDBOX);
		NewKey second = server.newKey(Environment.SANDBOX);
		assertThat(first.organizationId()).isNotEqualTo(second.organizationId());
		assertThat(first.secretId()).isNotEqualTo(second.secretId());
		server.clientFor(first).get("/api/institutions/").assertStatus(200);
		server.clientFor(second).get("/api/institutions/").assertStatus(200);

		server.bean(ApiKeys.class).revoke(first.secretId());

		server.clientFor(first).get("/api/institutions/").assertError(401, "authentication_failed", null);
		server.clientFor(second).get("/api/institutions/").assertStatus(200);
	}

	@OnEachDatabase
	void aKeyOfAnOrganizationSeesOnlyItsOwnEnvironment(PonteServer server) {
		JsonNode production = server.newProductionClient().get("/api/institutions/").assertStatus(200).json();
		JsonNode sandbox = server.newSandboxClient().get("/api/institutions/").assertStatus(200).json();

		assertThat(production.get("count").asInt()).isZero();
		assertThat(production.get("results").size()).isZero();
		assertThat(sandbox.get("count").asInt()).isPositive();
		assertThat(names(sandbox)).contains("erebor_mx_retail", "gringotts_br_retail", "naboo_cl_fiscal");
	}

	@OnEachDatabase
	void onlyABcryptHashOfThePasswordIsStored(PonteServer server) {
		NewKey key = server.newKey(Environment.PRODUCTION);

		ApiKeyRow row = server.bean(OrganizationDao.class).findKey(key.secretId()).orElseThrow();

		assertThat(row.secretHash()).startsWith("$2").isNotEqualTo(key.secretPassword())
			.doesNotContain(key.secretPassword());
		assertThat(server.bean(ApiKeys.class).matches(key.secretPassword(), row.secretHash())).isTrue();
		assertThat(row.organizationId()).isEqualTo(key.organizationId());
		assertThat(row.environment()).isEqualTo(Environment.PRODUCTION);
		assertThat(row.revokedAt()).isNull();
	}

	@Test
	void generatedPasswordsAre64UrlSafeCharactersAndNeverRepeat() {
		String first = ApiKeys.generatePassword();
		String second = ApiKeys.generatePassword();

		assertThat(first).hasSize(64).matches("[A-Za-z0-9_-]{64}");
		assertThat(second).hasSize(64).matches("[A-Za-z0-9_-]{64}");
		assertThat(first).isNotEqualTo(second);
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("results").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

}
