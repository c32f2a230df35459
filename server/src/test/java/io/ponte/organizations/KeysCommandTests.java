package io.ponte.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.Environment;
import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

class KeysCommandTests {

	@OnEachDatabase
	void createPrintsADefaultOrganizationSandboxKeyThatAuthenticates(PonteServer server) {
		Result result = keys(server, "create");

		assertThat(result.exit()).isZero();
		assertThat(result.err()).isEmpty();
		UUID defaultOrganization = server.bean(OrganizationDao.class).findOrganizationByName("default").orElseThrow();
		assertThat(result.field("organization")).isEqualTo(defaultOrganization.toString());
		assertThat(result.field("environment")).isEqualTo("sandbox");
		assertThat(result.field("secret password")).hasSize(64);
		client(server, result).get("/api/institutions/").assertStatus(200);
		assertThat(client(server, result).get("/api/institutions/").json().get("count").asInt()).isPositive();
	}

	@OnEachDatabase
	void createCanMakeAProductionKeyInANewOrganization(PonteServer server) {
		OrganizationDao dao = server.bean(OrganizationDao.class);
		Set<String> existingOrganizations = dao.listKeys()
			.stream()
			.map(key -> key.organizationId().toString())
			.collect(Collectors.toSet());

		Result result = keys(server, "create", "--environment", "production", "--new-organization", "acme");

		assertThat(result.exit()).isZero();
		assertThat(result.field("organization")).isNotIn(existingOrganizations);
		assertThat(result.field("environment")).isEqualTo("production");
		ApiKeyRow row = dao.findKey(result.field("secret id")).orElseThrow();
		assertThat(row.organizationId()).hasToString(result.field("organization"));
		assertThat(row.environment()).isEqualTo(Environment.PRODUCTION);
		assertThat(client(server, result).get("/api/institutions/").assertStatus(200).json().get("count").asInt())
			.as("a production key sees no sandbox institution")
			.isZero();
	}

	@OnEachDatabase
	void listShowsEverySecretIdWithItsState(PonteServer server) {
		String active = keys(server, "create").field("secret id");
		String revoked = keys(server, "create").field("secret id");
		assertThat(keys(server, "revoke", revoked).exit()).isZero();

		Result result = keys(server, "list");

		assertThat(result.exit()).isZero();
		assertThat(result.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
			.startsWith("secret id")
			.contains("organization", "env", "state"));
		assertThat(line(result, active)).contains("sandbox", "active");
		assertThat(line(result, revoked)).contains("sandbox", "revoked");
		assertThat(result.out().lines().skip(1)).hasSize(server.bean(OrganizationDao.class).listKeys().size());
	}

	@OnEachDatabase
	void revokeMakesTheKeyFail(PonteServer server) {
		Result created = keys(server, "create");
		ApiClient client = client(server, created);
		client.get("/api/institutions/").assertStatus(200);

		Result result = keys(server, "revoke", created.field("secret id"));

		assertThat(result.exit()).isZero();
		assertThat(result.out()).contains("revoked " + created.field("secret id"));
		client.get("/api/institutions/").assertError(401, "authentication_failed", null);
	}

	@OnEachDatabase
	void rotatePrintsANewPairAndWhenTheOldOneStops(PonteServer server) {
		Result created = keys(server, "create");

		Result result = keys(server, "rotate", created.field("secret id"), "--overlap", "2h");

		assertThat(result.exit()).isZero();
		assertThat(result.field("organization")).isEqualTo(created.field("organization"));
		assertThat(result.field("environment")).isEqualTo("sandbox");
		assertThat(result.field("secret id")).isNotEqualTo(created.field("secret id"));
		assertThat(result.out()).containsPattern("old key " + created.field("secret id") + " stops working at \\S+Z");
		client(server, created).get("/api/institutions/").assertStatus(200);
		client(server, result).get("/api/institutions/").assertStatus(200);
		assertThat(line(keys(server, "list"), created.field("secret id"))).contains("active").containsPattern("\\dZ$");
	}

	@OnEachDatabase
	void rotateWithoutAnOverlapOptionKeepsTheOldPairForADay(PonteServer server) {
		Result created = keys(server, "create");

		keys(server, "rotate", created.field("secret id"));

		assertThat(server.bean(OrganizationDao.class).findKey(created.field("secret id")).orElseThrow().expiresAt())
			.isBetween(java.time.OffsetDateTime.now().plusHours(23), java.time.OffsetDateTime.now().plusHours(25));
	}

	@OnEachDatabase
	void aKeyRotatedWithoutOverlapIsListedAsExpiredAndCannotBeRotatedAgain(PonteServer server) {
		String secretId = keys(server, "create").field("secret id");

		assertThat(keys(server, "rotate", secretId, "--overlap", "0s").exit()).isZero();

		assertThat(line(keys(server, "list"), secretId)).contains("expired");
		Result again = keys(server, "rotate", secretId);
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err()).contains("no active key");
	}

	@OnEachDatabase
	void revokingAnUnknownOrAlreadyRevokedKeyExitsOne(PonteServer server) {
		Result unknown = keys(server, "revoke", "no-such-" + UUID.randomUUID());
		assertThat(unknown.exit()).isEqualTo(1);
		assertThat(unknown.err()).contains("no active key");
		assertThat(unknown.out()).isEmpty();

		String secretId = keys(server, "create").field("secret id");
		assertThat(keys(server, "revoke", secretId).exit()).isZero();
		assertThat(keys(server, "revoke", secretId).exit()).as("revoking twice").isEqualTo(1);
	}

	@OnEachDatabase
	void badUsageExitsTwoWithTheUsageAndChangesNothing(PonteServer server) {
		OrganizationDao dao = server.bean(OrganizationDao.class);
		int keysBefore = dao.listKeys().size();
		List<List<String>> badUsages = List.of(List.of("frobnicate"), List.of("create", "--environment", "moon"),
				List.of("create", "--environment"), List.of("create", "--new-organization"),
				List.of("create", "--colour", "blue"), List.of("create", "--organization", "not-a-uuid"),
				List.of("revoke"), List.of("revoke", "one", "two"), List.of("rotate"),
				List.of("rotate", "--overlap", "1h"), List.of("rotate", "id", "--overlap"),
				List.of("rotate", "id", "--overlap", "soon"), List.of("rotate", "id", "--overlap", "-PT1H"),
				List.of("rotate", "id", "extra"));

		for (List<String> words : badUsages) {
			Result result = keys(server, words.toArray(String[]::new));

			assertThat(result.exit()).as("exit code of keys %s", words).isEqualTo(2);
			assertThat(result.err()).as("err of keys %s", words).contains(KeysCommand.USAGE);
			assertThat(result.out()).as("out of keys %s", words).isEmpty();
		}
		assertThat(dao.listKeys()).hasSize(keysBefore);
	}

	private static Result keys(PonteServer server, String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exit = KeysCommand.execute(server.bean(ApiKeys.class), server.bean(OrganizationDao.class),
					List.of(words), outStream, errStream);
		}
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static ApiClient client(PonteServer server, Result created) {
		return server.anonymousClient()
			.withAuthorization(ApiClient.basic(created.field("secret id"), created.field("secret password")));
	}

	private static String line(Result result, String secretId) {
		List<String> lines = result.out().lines().filter(line -> line.startsWith(secretId)).toList();
		assertThat(lines).as("lines of %s in:%n%s", secretId, result.out()).hasSize(1);
		return lines.getFirst();
	}

	private record Result(int exit, String out, String err) {

		/** The value of a {@code name: value} line of the output. */
		String field(String name) {
			Matcher matcher = Pattern.compile("^" + Pattern.quote(name) + ":\\s+(\\S+)$", Pattern.MULTILINE)
				.matcher(this.out);
			assertThat(matcher.find()).as("'%s' in output:%n%s%s", name, this.out, this.err).isTrue();
			return matcher.group(1);
		}

	}

}
