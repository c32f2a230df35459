package io.ponte.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ponte.api.Environment;
import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import io.ponte.testing.SandboxLink;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A key is rotated with an overlap: the old pair keeps working for that long, then is refused. */
class ApiKeyRotationTests {

	@OnEachDatabase
	void duringTheOverlapBothPairsWorkForTheSameOrganizationAndEnvironment(PonteServer server) {
		NewKey old = server.newKey(Environment.SANDBOX);
		ApiClient oldClient = server.clientFor(old);
		String link = SandboxLink.of("rotating_user").fetching().registerWith(oldClient);

		ApiKeys.Rotation rotation = server.bean(ApiKeys.class).rotate(old.secretId(), Duration.ofHours(1)).orElseThrow();

		NewKey fresh = rotation.key();
		assertThat(fresh.secretId()).isNotEqualTo(old.secretId());
		assertThat(fresh.organizationId()).isEqualTo(old.organizationId());
		assertThat(fresh.environment()).isEqualTo(Environment.SANDBOX);
		assertThat(rotation.oldKeyExpiresAt()).isCloseTo(Instant.now().plus(Duration.ofHours(1)),
				within(1, ChronoUnit.MINUTES));
		oldClient.get("/api/links/" + link + "/").assertStatus(200);
		server.clientFor(fresh).get("/api/links/" + link + "/").assertStatus(200);
	}

	@OnEachDatabase
	void withoutAnOverlapTheOldPairIsRefusedAtOnceEvenIfItWasJustVerified(PonteServer server) {
		NewKey old = server.newKey(Environment.PRODUCTION);
		server.clientFor(old).get("/api/institutions/").assertStatus(200); // now in the verified cache

		NewKey fresh = server.bean(ApiKeys.class).rotate(old.secretId(), Duration.ZERO).orElseThrow().key();

		server.clientFor(old).get("/api/institutions/").assertError(401, "authentication_failed", null);
		server.clientFor(fresh).get("/api/institutions/").assertStatus(200);
		assertThat(fresh.environment()).isEqualTo(Environment.PRODUCTION);
	}

	@OnEachDatabase
	void theOldPairStopsWorkingWhenTheOverlapEndsThoughItIsCached(PonteServer server) {
		NewKey old = server.newKey(Environment.SANDBOX);
		ApiKeys.Rotation rotation = server.bean(ApiKeys.class).rotate(old.secretId(), Duration.ofSeconds(2))
			.orElseThrow();
		server.clientFor(old).get("/api/institutions/").assertStatus(200);

		Awaitility.await("the end of the overlap")
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> server.clientFor(old).get("/api/institutions/").status() == 401);

		assertThat(Instant.now()).isAfterOrEqualTo(rotation.oldKeyExpiresAt());
		server.clientFor(rotation.key()).get("/api/institutions/").assertStatus(200);
	}

	@OnEachDatabase
	void rotatingAgainDuringTheOverlapNeverExtendsIt(PonteServer server) {
		ApiKeys keys = server.bean(ApiKeys.class);
		NewKey old = server.newKey(Environment.SANDBOX);
		Instant first = keys.rotate(old.secretId(), Duration.ofMinutes(10)).orElseThrow().oldKeyExpiresAt();

		Instant second = keys.rotate(old.secretId(), Duration.ofDays(3)).orElseThrow().oldKeyExpiresAt();

		assertThat(second).isEqualTo(first);
	}

	@OnEachDatabase
	void anUnknownRevokedOrExpiredKeyCannotBeRotated(PonteServer server) {
		ApiKeys keys = server.bean(ApiKeys.class);
		NewKey revoked = server.newKey(Environment.SANDBOX);
		keys.revoke(revoked.secretId());
		NewKey expired = server.newKey(Environment.SANDBOX);
		keys.rotate(expired.secretId(), Duration.ZERO).orElseThrow();
		int before = server.bean(OrganizationDao.class).listKeys().size();

		assertThat(keys.rotate("no-such-" + UUID.randomUUID(), Duration.ofHours(1))).isEmpty();
		assertThat(keys.rotate(revoked.secretId(), Duration.ofHours(1))).isEmpty();
		assertThat(keys.rotate(expired.secretId(), Duration.ofHours(1))).isEmpty();
		assertThat(server.bean(OrganizationDao.class).listKeys()).hasSize(before);
	}

	@Test
	void overlapsAreShortDurationsOrIso8601AndNeverNegative() {
		assertThat(KeysCommand.duration("90s")).isEqualTo(Duration.ofSeconds(90));
		assertThat(KeysCommand.duration("30m")).isEqualTo(Duration.ofMinutes(30));
		assertThat(KeysCommand.duration("24h")).isEqualTo(Duration.ofHours(24));
		assertThat(KeysCommand.duration("7d")).isEqualTo(Duration.ofDays(7));
		assertThat(KeysCommand.duration("PT36H")).isEqualTo(Duration.ofHours(36));
		assertThat(KeysCommand.duration("0s")).isZero();
		assertThatThrownBy(() -> KeysCommand.duration("-PT1H")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> KeysCommand.duration("tomorrow")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> KeysCommand.duration("24 h")).isInstanceOf(IllegalArgumentException.class);
	}

}
