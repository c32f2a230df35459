package io.ponte.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** /payments/br/customers/: people (CPF) and companies (CNPJ), their filters, versions and tenants. */
class CustomersApiTests {

	static final String V2 = "Payments-BR.V2";

	static JsonNode create(ApiClient client, Object... fields) {
		return client.post("/payments/br/customers/", Json.object(fields)).assertStatus(201).json();
	}

	static JsonNode createV2(ApiClient client, Object... fields) {
		return client.send("POST", "/payments/br/customers/", Json.object(fields),
				Map.of("X-Belvo-API-Resource-Version", V2)).assertStatus(201).json();
	}

	@OnEachDatabase
	void aPersonIsCreatedFromAFormattedCpfAndReadBack(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String externalId = UUID.randomUUID().toString();

		JsonNode created = create(client, "identifier", "529.982.247-25", "name", "Gustavo Veloso", "email",
				"gustavo.veloso@musicabrazil.br", "phone", "+5511987654321", "address",
				"Rua de Gustavo Veloso 432, 70200 Brasilia", "external_id", externalId);

		assertThat(created.get("identifier").asString()).isEqualTo("52998224725");
		assertThat(created.get("identifier_type").asString()).isEqualTo("CPF");
		assertThat(created.get("customer_type").asString()).isEqualTo("INDIVIDUAL");
		assertThat(created.get("name").asString()).isEqualTo("Gustavo Veloso");
		assertThat(created.get("country").asString()).isEqualTo("BRA");
		assertThat(created.get("external_id").asString()).isEqualTo(externalId);
		assertThat(created.get("created_by").asString()).matches("[0-9a-f-]{36}");
		assertThat(created.get("created_at").asString()).endsWith("Z");
		assertThat(created.has("updated_at")).isFalse();
		JsonNode detail = client.get("/payments/br/customers/" + created.get("id").asString() + "/")
			.assertStatus(200)
			.json();
		assertThat(detail).isEqualTo(created);
		// one customer per identifier, however it is written
		client.post("/payments/br/customers/", Json.object("identifier", "52998224725", "name", "Outro Nome"))
			.assertError(400, "already_registered", "identifier");
	}

	@OnEachDatabase
	void aCompanyIsCreatedFromABareOrFormattedCnpj(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		JsonNode bare = create(client, "identifier", "11222333000181", "name", "Frangos Enlatados");
		JsonNode formatted = create(client, "identifier", "11.444.777/0001-61");

		for (JsonNode company : List.of(bare, formatted)) {
			assertThat(company.get("customer_type").asString()).isEqualTo("BUSINESS");
			assertThat(company.get("identifier_type").asString()).isEqualTo("CNPJ");
			assertThat(company.get("identifier").asString()).hasSize(14).containsOnlyDigits();
			assertThat(company.get("email").isNull()).isTrue();
			assertThat(company.has("external_id")).isFalse();
		}
		assertThat(formatted.get("identifier").asString()).isEqualTo("11444777000161");
		assertThat(formatted.get("name").isNull()).isTrue();
	}

	@OnEachDatabase
	void invalidIdentifiersAndFieldsAreRefusedNamingTheField(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String customers = "/payments/br/customers/";

		for (String identifier : List.of("52998224724", "529.982.247-35", "11222333000182", "111.111.111-11",
				"00000000000000", "1234567890", "5299822472A", "529982247250")) {
			client.post(customers, Json.object("identifier", identifier, "name", "Gustavo Veloso"))
				.assertError(400, "invalid", "identifier");
		}
		client.post(customers, Json.object("name", "Gustavo Veloso")).assertError(400, "required", "identifier");
		client.post(customers, Json.object("identifier", null)).assertError(400, "null", "identifier");
		client.post(customers, Json.object("identifier", "52998224725", "name", "Gus"))
			.assertError(400, "min_length", "name");
		client.post(customers, Json.object("identifier", "52998224725", "email", "not-an-email"))
			.assertError(400, "invalid", "email");
		client.post(customers, Json.object("identifier", "52998224725", "phone", "11987654321"))
			.assertError(400, "invalid", "phone");
		client.post(customers, Json.object("identifier", "52998224725", "external_id", "my-own-id"))
			.assertError(400, "invalid", "external_id");
		client.post(customers, "[1, 2]").assertError(400, "parse_error", null);
		assertThat(client.get(customers).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void theListFiltersAsTheSpecNamesThem(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String ext1 = UUID.randomUUID().toString();
		String ext2 = UUID.randomUUID().toString();
		JsonNode gustavo = create(client, "identifier", "52998224725", "name", "Gustavo Veloso", "external_id", ext1);
		JsonNode carmen = create(client, "identifier", "111.444.777-35", "name", "Carmen Domínguez", "external_id",
				ext2);
		JsonNode frangos = create(client, "identifier", "11222333000181", "name", "Frangos Enlatados");
		String list = "/payments/br/customers/";

		assertThat(ids(client.get(list).json())).containsExactly(id(frangos), id(carmen), id(gustavo));
		assertThat(ids(client.get(list + "?customer__type=BUSINESS").json())).containsExactly(id(frangos));
		assertThat(ids(client.get(list + "?customer__type=INDIVIDUAL").json())).containsExactly(id(carmen),
				id(gustavo));
		assertThat(ids(client.get(list + "?external_id__in=" + ext1 + "," + ext2).json()))
			.containsExactly(id(carmen), id(gustavo));
		assertThat(ids(client.get(list + "?external_id=" + ext2).json())).containsExactly(id(carmen));
		assertThat(ids(client.get(list + "?id__in=" + id(gustavo) + "," + id(frangos)).json()))
			.containsExactly(id(frangos), id(gustavo));
		// search: part of a name, case-insensitively, of an identifier, of an external id
		assertThat(ids(client.get(list + "?search=veLOSo").json())).containsExactly(id(gustavo));
		assertThat(ids(client.get(list + "?search=dom%C3%ADnguez").json())).containsExactly(id(carmen));
		assertThat(ids(client.get(list + "?search=22333000").json())).containsExactly(id(frangos));
		assertThat(ids(client.get(list + "?search=982.247-25").json())).containsExactly(id(gustavo));
		assertThat(ids(client.get(list + "?search=11.222.333/0001").json())).containsExactly(id(frangos));
		assertThat(ids(client.get(list + "?search=" + ext1.substring(0, 8)).json())).containsExactly(id(gustavo));
		assertThat(ids(client.get(list + "?search=100%25").json())).isEmpty();
		// created_at: from an instant, and whole days
		String carmenAt = carmen.get("created_at").asString();
		assertThat(ids(client.get(list + "?created_at__gte=" + carmenAt).json())).containsExactly(id(frangos),
				id(carmen));
		assertThat(ids(client.get(list + "?created_at__lt=" + carmenAt).json())).containsExactly(id(gustavo));
		String today = carmenAt.substring(0, 10);
		assertThat(ids(client.get(list + "?created_at=" + today).json())).hasSize(3);
		assertThat(ids(client.get(list + "?created_at__gte=2999-01-01").json())).isEmpty();
		assertThat(ids(client.get(list + "?created_at__range=2000-01-01," + today).json())).hasSize(3);
		assertThat(ids(client.get(list + "?customer__type=BUSINESS&created_at__gte=" + carmenAt).json()))
			.containsExactly(id(frangos));
	}

	@OnEachDatabase
	void malformedFilterValuesAreRefusedNamingTheParameter(PonteServer server) {
		// the spec lists no 400 for this operation; the error is still Belvo's array naming the parameter
		ApiClient client = server.newSandboxClient().unchecked();
		String list = "/payments/br/customers/";

		client.get(list + "?search=ab").assertError(400, "min_length", "search");
		client.get(list + "?customer__type=PERSON").assertError(400, "invalid_choice", "customer__type");
		client.get(list + "?created_at__gte=yesterday").assertError(400, "invalid", "created_at__gte");
		client.get(list + "?id__in=1,2").assertError(400, "invalid", "id__in");
		client.get(list + "?external_id=abc").assertError(400, "invalid", "external_id");
	}

	@OnEachDatabase
	void pagesWalkEveryCustomerOnce(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		List<String> cpfs = List.of("52998224725", "11144477735", "12345678909", "98765432100", "39053344705");
		for (String cpf : cpfs) {
			create(client, "identifier", cpf, "name", "Cliente " + cpf);
		}
		List<String> seen = new ArrayList<>();
		String url = "/payments/br/customers/?page_size=2&customer__type=INDIVIDUAL";
		int pages = 0;
		while (url != null) {
			JsonNode page = client.get(url).assertStatus(200).json();
			assertThat(page.get("count").asInt()).isEqualTo(5);
			page.get("results").forEach(customer -> seen.add(customer.get("identifier").asString()));
			pages++;
			url = page.get("next").isNull() ? null : page.get("next").asString();
			if (url != null) {
				assertThat(url).startsWith(server.baseUrl() + "/payments/br/customers/?")
					.contains("page_size=2", "customer__type=INDIVIDUAL", "page=" + (pages + 1));
			}
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cpfs);
		client.get("/payments/br/customers/?page=4&page_size=2").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void anOrganizationNeverSeesAnothersCustomers(PonteServer server) {
		ApiClient owner = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		JsonNode customer = create(owner, "identifier", "52998224725", "name", "Gustavo Veloso");

		assertThat(stranger.get("/payments/br/customers/").json().get("count").asInt()).isZero();
		assertThat(stranger.get("/payments/br/customers/?id__in=" + id(customer)).json().get("count").asInt())
			.isZero();
		stranger.get("/payments/br/customers/" + id(customer) + "/").assertError(404, "not_found", null);
		// nor a production key of the same kind: environments are apart too
		assertThat(server.newProductionClient().get("/payments/br/customers/").json().get("count").asInt()).isZero();
		owner.get("/payments/br/customers/" + id(customer) + "/").assertStatus(200);
		owner.get("/payments/br/customers/not-a-uuid/").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void theV2HeaderAnswersTheV2ShapeAndKeepsItsOwnCustomers(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		Map<String, String> v2 = Map.of("X-Belvo-API-Resource-Version", V2);
		JsonNode v1 = create(client, "identifier", "52998224725", "name", "Gustavo Veloso");
		JsonNode created = createV2(client, "identifier", "11.222.333/0001-81", "name", "Frangos Enlatados Ltda.");

		assertThat(created.get("identifier").asString()).isEqualTo("11222333000181");
		assertThat(created.get("updated_at").asString()).isEqualTo(created.get("created_at").asString());
		assertThat(created.has("created_by")).isFalse();
		assertThat(created.has("customer_type")).isFalse();
		JsonNode detail = client.send("GET", "/payments/br/customers/" + id(created) + "/", null, v2)
			.assertStatus(200)
			.json();
		assertThat(detail).isEqualTo(created);
		assertThat(ids(client.send("GET", "/payments/br/customers/", null, v2).json())).containsExactly(id(created));
		assertThat(ids(client.get("/payments/br/customers/").json())).containsExactly(id(v1));
		client.get("/payments/br/customers/" + id(created) + "/").assertError(404, "not_found", null);
		// V2 names are limited to the spec's alphabet and length
		client.send("POST", "/payments/br/customers/", Json.object("identifier", "52998224725"), v2)
			.assertError(400, "required", "name");
		client.send("POST", "/payments/br/customers/", Json.object("identifier", "52998224725", "name", "Zoë 李"), v2)
			.assertError(400, "invalid", "name");
		client.send("POST", "/payments/br/customers/", Json.object("identifier", "52998224725", "name",
				"a".repeat(121)), v2).assertError(400, "max_length", "name");
	}

	@OnEachDatabase
	void anUnknownResourceVersionIsRefused(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		Map<String, String> v3 = Map.of("X-Belvo-API-Resource-Version", "Payments-BR.V3");

		client.send("POST", "/payments/br/customers/", Json.object("identifier", "52998224725"), v3)
			.assertError(400, "invalid_choice", "X-Belvo-API-Resource-Version");
		client.unchecked().send("GET", "/payments/br/customers/", null, v3)
			.assertError(400, "invalid_choice", "X-Belvo-API-Resource-Version");
		assertThat(client.get("/payments/br/customers/").json().get("count").asInt()).isZero();
	}

	static String id(JsonNode object) {
		return object.get("id").asString();
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("results").forEach(item -> ids.add(item.get("id").asString()));
		assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
		return ids;
	}

}
