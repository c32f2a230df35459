package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.ResourceKind;
import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachStoredResource;
import io.ponte.testing.PonteServer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What every stored resource does, whatever it is: each declared resource passes this on each database without
 * being named here. Every response is also checked against the OpenAPI description by the client.
 */
class StoredResourceContractTests {

	@OnEachStoredResource
	void retrievingTwiceStoresTheSameItemsOnce(PonteServer server, StoredResource resource) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, resource);

		List<String> first = ids(items(retrieve(client, resource, link, Map.of()).assertStatus(201)));
		List<String> second = ids(items(retrieve(client, resource, link, Map.of()).assertStatus(201)));

		assertThat(first).as("a sandbox user has %s", resource.path()).isNotEmpty();
		assertThat(second).containsExactlyInAnyOrderElementsOf(first);
		assertThat(list(client, resource, link, "").get("count").asInt()).isEqualTo(first.size());
	}

	@OnEachStoredResource
	void anItemIsServedAsTheRetrievalAnsweredItAndOnlyToItsOrganization(PonteServer server,
			StoredResource resource) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(client, resource);
		JsonNode item = items(retrieve(client, resource, link, Map.of()).assertStatus(201)).get(0);
		String detail = resource.path() + item.get("id").asString() + "/";

		assertThat(client.get(detail).assertStatus(200).json()).isEqualTo(resource.detailedInAList()
				? tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(item) : item);
		stranger.get(detail).assertError(404, "not_found", null);
		assertThat(list(stranger, resource, link, "").get("count").asInt()).isZero();
		client.get(resource.path() + "not-a-uuid/").assertError(404, "not_found", null);
	}

	@OnEachStoredResource
	void itemsAreDeletedOneByOneOnlyWhereTheResourceAllowsIt(PonteServer server, StoredResource resource) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		String link = link(client, resource);
		List<JsonNode> items = items(retrieve(client, resource, link, Map.of()).assertStatus(201));
		String detail = resource.path() + items.get(0).get("id").asString() + "/";

		if (resource.deletable()) {
			stranger.unchecked().send("DELETE", detail, null, Map.of()).assertError(404, "not_found", null);
			client.send("DELETE", detail, null, Map.of()).assertStatus(204);
			client.get(detail).assertError(404, "not_found", null);
			assertThat(list(client, resource, link, "").get("count").asInt()).isEqualTo(items.size() - 1);
		}
		else {
			ApiResponse refused = client.unchecked().send("DELETE", detail, null, Map.of());
			refused.assertError(405, "method_not_allowed", null);
			assertThat(refused.header("Allow")).contains("GET").doesNotContain("DELETE");
			client.get(detail).assertStatus(200);
		}
	}

	@OnEachStoredResource
	void onlyResumableResourcesAcceptPatch(PonteServer server, StoredResource resource) {
		ApiClient client = server.newSandboxClient();
		ApiResponse patched = client.unchecked().send("PATCH", resource.path(), "{}", Map.of());

		if (resource.resumable()) {
			patched.assertError(400, "required", "session");
		}
		else {
			patched.assertError(405, "method_not_allowed", null);
			assertThat(patched.header("Allow")).contains("GET", "POST").doesNotContain("PATCH");
		}
	}

	@OnEachStoredResource
	void withoutSaveDataTheItemsAreShownAndNotKept(PonteServer server, StoredResource resource) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, resource);

		List<JsonNode> shown = items(retrieve(client, resource, link, Map.of("save_data", false)).assertStatus(200));

		assertThat(shown.size()).isPositive();
		assertThat(list(client, resource, link, "").get("count").asInt()).isZero();
	}

	@OnEachStoredResource
	void listsSelectFieldsAndNeedTheLinkWhereTheSpecSaysSo(PonteServer server, StoredResource resource) {
		ApiClient client = server.newSandboxClient();
		String link = link(client, resource);
		retrieve(client, resource, link, Map.of()).assertStatus(201);

		// a partial object is not the schema's: these two are not checked against the OpenAPI description
		JsonNode only = client.unchecked().get(resource.path() + "?link=" + link + "&fields=id").results();
		JsonNode omitted = client.unchecked().get(resource.path() + "?link=" + link + "&omit=id").results();

		only.forEach(item -> assertThat(item.propertyNames()).containsExactly("id"));
		omitted.forEach(item -> assertThat(item.has("id")).isFalse());
		assertThat(omitted.get(0).propertyNames()).isNotEmpty();
		if (resource.listedPerLink()) {
			client.unchecked().get(resource.path()).assertError(400, "required", "link");
		}
		else {
			assertThat(client.get(resource.path()).json().get("count").asInt()).isPositive();
		}
	}

	/** The documented full-data user of each type of institution; all of them have the password {@code full}. */
	private static final Map<String, String> FULL_USERS = Map.of("bank", "bnk100", "employment", "gig100", "fiscal",
			"fiscal100");

	/**
	 * The users of the resources only a business has: the documented full fiscal user is salaried, so has no tax
	 * retentions (its employer's withholdings are on its pay slips) and no financial statements; this username
	 * is a RESICO freelancer whose client companies withhold tax.
	 */
	private static final Map<ResourceKind, String> BUSINESS_USERS = Map.of(ResourceKind.TAX_RETENTIONS, "FORS900314TN4",
			ResourceKind.FINANCIAL_STATEMENTS, "FORS900314TN4");

	/**
	 * A link of a fresh end user at an institution that offers the resource; nothing is loaded yet, but for a
	 * resource derived from stored data at a bank (enrichment), whose transactions are retrieved first.
	 */
	private static String link(ApiClient client, StoredResource resource) {
		JsonNode institution = institutionOffering(client, resource);
		String user = BUSINESS_USERS.getOrDefault(resource.kind(), FULL_USERS.get(institution.get("type").asString()));
		String link = client.post("/api/links/", Json.object("institution", institution.get("name").asString(),
				"username", user, "password", "full", "fetch_resources", List.of()))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
		if (resource.derivation() != null && institution.get("resources").toString().contains("\"TRANSACTIONS\"")) {
			LocalDate today = LocalDate.now(Clock.systemUTC());
			client.post("/api/transactions/", Json.object("link", link, "date_from",
					today.minusDays(RetrievalShape.MAX_DAYS - 1).toString(), "date_to", today.toString()))
				.assertStatus(201);
		}
		return link;
	}

	/**
	 * The plain sandbox bank (no MFA, the {@code erebor_} ones) of a country that offers the resource; for a
	 * resource no bank offers (fiscal, employment), the first sandbox institution of a country that offers it.
	 */
	private static JsonNode institutionOffering(ApiClient client, StoredResource resource) {
		TreeMap<String, JsonNode> banks = new TreeMap<>();
		TreeMap<String, JsonNode> others = new TreeMap<>();
		client.get("/api/institutions/?page_size=1000").json().get("results").forEach(institution -> {
			String name = institution.get("name").asString();
			boolean country = false;
			for (JsonNode code : institution.get("country_codes")) {
				country |= resource.availableIn(code.asString());
			}
			boolean offers = false;
			for (JsonNode r : institution.get("resources")) {
				offers |= r.asString().equals(resource.kind().name());
			}
			if (offers && country) {
				(name.startsWith("erebor_") ? banks : others).put(name, institution);
			}
		});
		TreeMap<String, JsonNode> offering = banks.isEmpty() ? others : banks;
		assertThat(offering).as("a plain sandbox institution offering %s", resource.kind()).isNotEmpty();
		return offering.firstEntry().getValue();
	}

	/** A retrieval with what the resource's shape takes: the widest window, last year, its first type. */
	private static ApiResponse retrieve(ApiClient client, StoredResource resource, String link,
			Map<String, Object> extra) {
		RetrievalShape shape = resource.shape();
		LocalDate today = LocalDate.now(Clock.systemUTC());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("link", link);
		if (shape.dates() != RetrievalShape.Dates.NONE) {
			body.put("date_from", today.minusDays(RetrievalShape.MAX_DAYS - 1).toString());
			body.put("date_to", today.toString());
		}
		if (shape.years()) {
			body.put("year_from", String.valueOf(today.getYear() - 1));
			body.put("year_to", String.valueOf(today.getYear() - 1));
		}
		if (shape.types() != null) {
			body.put("type", shape.yearlyType() != null ? shape.yearlyType() : new TreeSet<>(shape.types()).first());
		}
		body.putAll(extra);
		return client.post(resource.path(), Json.of(body));
	}

	/** The retrieved items: a list, or the one item of a resource that answers one. */
	private static List<JsonNode> items(ApiResponse response) {
		JsonNode json = response.json();
		return json.isArray() ? json.valueStream().toList() : List.of(json);
	}

	private static JsonNode list(ApiClient client, StoredResource resource, String link, String query) {
		return client.get(resource.path() + "?link=" + link + query).assertStatus(200).json();
	}

	private static List<String> ids(List<JsonNode> items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

}
