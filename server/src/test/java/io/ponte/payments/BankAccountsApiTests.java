package io.ponte.payments;

import static io.ponte.payments.CustomersApiTests.id;
import static io.ponte.payments.CustomersApiTests.ids;
import static io.ponte.payments.PaymentInstitutionsApiTests.PASARGADA;
import static io.ponte.payments.PaymentInstitutionsApiTests.PINDORAMA_BUSINESS;
import static io.ponte.payments.PaymentInstitutionsApiTests.SUCUPIRA_INACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** /payments/br/bank-accounts/: payers' accounts (a customer's) and the organization's own (the beneficiary). */
class BankAccountsApiTests {

	static final String ACCOUNTS = "/payments/br/bank-accounts/";

	static Map<String, Object> individual(String cpf) {
		return Map.of("type", "INDIVIDUAL", "information", Map.of("first_name", "Gustavo", "last_name", "Veloso",
				"identifier_type", "CPF", "identifier", cpf));
	}

	static Map<String, Object> business(String cnpj) {
		return Map.of("type", "BUSINESS", "information", Map.of("name", "Music Production Brazil", "identifier_type",
				"CNPJ", "identifier", cnpj));
	}

	static Map<String, Object> details(String type, String number) {
		return Map.of("account_type", type, "agency", "0444", "number", number);
	}

	@OnEachDatabase
	void aPayersAccountBelongsToTheCustomerWithItsCpf(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode customer = CustomersApiTests.create(client, "identifier", "529.982.247-25", "name", "Gustavo Veloso");

		// by the holder's CPF (formatted), as the spec's request has no customer
		JsonNode byCpf = client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder",
				individual("529.982.247-25"), "details", details("CHECKINGS", "457220")))
			.assertStatus(201)
			.json();
		assertThat(byCpf.get("customer").asString()).isEqualTo(id(customer));
		assertThat(byCpf.get("institution").asString()).isEqualTo(PASARGADA);
		assertThat(byCpf.get("holder").get("type").asString()).isEqualTo("INDIVIDUAL");
		assertThat(byCpf.get("holder").get("information").get("identifier").asString()).isEqualTo("52998224725");
		assertThat(byCpf.get("holder").get("information").get("first_name").asString()).isEqualTo("Gustavo");
		assertThat(byCpf.get("details").get("account_type").asString()).isEqualTo("CHECKINGS");
		assertThat(byCpf.get("details").get("agency").asString()).isEqualTo("0444");
		assertThat(byCpf.get("created_by").asString()).isEqualTo(customer.get("created_by").asString());
		// or by its id
		JsonNode byId = client.post(ACCOUNTS, Json.object("institution", PASARGADA, "customer", id(customer), "holder",
				individual("52998224725"), "details", details("SALARY", "1234")))
			.assertStatus(201)
			.json();
		assertThat(byId.get("customer").asString()).isEqualTo(id(customer));
		assertThat(client.get(ACCOUNTS + id(byId) + "/").assertStatus(200).json()).isEqualTo(byId);
	}

	@OnEachDatabase
	void theOrganizationsOwnAccountHasNoCustomer(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		JsonNode own = client.post(ACCOUNTS, Json.object("institution", PINDORAMA_BUSINESS, "holder",
				business("11.222.333/0001-81"), "details", details("CHECKINGS", "998877"), "external_id",
				UUID.randomUUID().toString()))
			.assertStatus(201)
			.json();

		assertThat(own.get("customer").isNull()).isTrue();
		assertThat(own.get("holder").get("information").get("name").asString()).isEqualTo("Music Production Brazil");
		assertThat(own.get("holder").get("information").get("identifier").asString()).isEqualTo("11222333000181");
		assertThat(own.get("holder").get("information").get("identifier_type").asString()).isEqualTo("CNPJ");
	}

	@OnEachDatabase
	void unknownCustomersAndInstitutionsAreRefusedNamingTheField(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiClient stranger = server.newSandboxClient();
		JsonNode strangersCustomer = CustomersApiTests.create(stranger, "identifier", "52998224725");
		String unknown = UUID.randomUUID().toString();

		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "customer", unknown, "holder",
				individual("52998224725"), "details", details("CHECKINGS", "1"))).assertError(400, "does_not_exist",
						"customer");
		// another organization's customer is as unknown as one that never existed
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "customer", id(strangersCustomer), "holder",
				individual("52998224725"), "details", details("CHECKINGS", "1"))).assertError(400, "does_not_exist",
						"customer");
		// a person's account with no customer of that CPF
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder", individual("52998224725"), "details",
				details("CHECKINGS", "1"))).assertError(400, "required", "customer");
		client.post(ACCOUNTS, Json.object("institution", unknown, "holder", business("11222333000181"), "details",
				details("CHECKINGS", "1"))).assertError(400, "does_not_exist", "institution");
		client.post(ACCOUNTS, Json.object("institution", SUCUPIRA_INACTIVE, "holder", business("11222333000181"),
				"details", details("CHECKINGS", "1"))).assertError(400, "inactive", "institution");
		// a production key has no payer institution at all
		server.newProductionClient().post(ACCOUNTS, Json.object("institution", PASARGADA, "holder",
				business("11222333000181"), "details", details("CHECKINGS", "1"))).assertError(400, "does_not_exist",
						"institution");
		assertThat(client.get(ACCOUNTS).json().get("count").asInt()).isZero();
	}

	@OnEachDatabase
	void malformedHoldersAndDetailsAreRefusedNamingTheNestedField(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		CustomersApiTests.create(client, "identifier", "52998224725");

		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "details", details("CHECKINGS", "1")))
			.assertError(400, "required", "holder");
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder", business("11222333000182"), "details",
				details("CHECKINGS", "1"))).assertError(400, "invalid", "holder.information.identifier");
		// a person is identified by a CPF, a company by a CNPJ
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder", business("52998224725"), "details",
				details("CHECKINGS", "1"))).assertError(400, "invalid", "holder.information.identifier");
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder", Map.of("type", "ROBOT", "information",
				Map.of()), "details", details("CHECKINGS", "1"))).assertError(400, "invalid_choice", "holder.type");
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder", individual("52998224725"), "details",
				details("CREDIT", "1"))).assertError(400, "invalid_choice", "details.account_type");
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder", individual("52998224725"), "details",
				details("CHECKINGS", "45722-0"))).assertError(400, "invalid", "details.number");
		client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder", individual("52998224725"), "details",
				Map.of("account_type", "CHECKINGS", "agency", "12345", "number", "1")))
			.assertError(400, "invalid", "details.agency");
		client.post(ACCOUNTS, Json.object("institution", "f512d996", "holder", individual("52998224725"), "details",
				details("CHECKINGS", "1"))).assertError(400, "invalid", "institution");
	}

	@OnEachDatabase
	void theListFiltersAsTheSpecNamesThem(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode gustavo = CustomersApiTests.create(client, "identifier", "52998224725");
		CustomersApiTests.create(client, "identifier", "11144477735");
		String ext = UUID.randomUUID().toString();
		JsonNode first = client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder",
				individual("52998224725"), "details", details("CHECKINGS", "111"), "external_id", ext))
			.assertStatus(201)
			.json();
		JsonNode second = client.post(ACCOUNTS, Json.object("institution", PASARGADA, "holder",
				individual("11144477735"), "details", details("SAVINGS", "222")))
			.assertStatus(201)
			.json();
		JsonNode own = client.post(ACCOUNTS, Json.object("institution", PINDORAMA_BUSINESS, "holder",
				business("11222333000181"), "details", details("CHECKINGS", "333")))
			.assertStatus(201)
			.json();

		assertThat(ids(client.get(ACCOUNTS).json())).containsExactly(id(own), id(second), id(first));
		assertThat(ids(client.get(ACCOUNTS + "?holder__type=BUSINESS").json())).containsExactly(id(own));
		assertThat(ids(client.get(ACCOUNTS + "?holder__type__in=INDIVIDUAL,BUSINESS").json())).hasSize(3);
		assertThat(ids(client.get(ACCOUNTS + "?customer=" + id(gustavo)).json())).containsExactly(id(first));
		assertThat(ids(client.get(ACCOUNTS + "?number=222").json())).containsExactly(id(second));
		assertThat(ids(client.get(ACCOUNTS + "?number__in=111,333").json())).containsExactly(id(own), id(first));
		assertThat(ids(client.get(ACCOUNTS + "?institution=pindorama_br_business").json())).containsExactly(id(own));
		assertThat(ids(client.get(ACCOUNTS + "?external_id=" + ext).json())).containsExactly(id(first));
		assertThat(ids(client.get(ACCOUNTS + "?id__in=" + id(first) + "," + id(own)).json()))
			.containsExactly(id(own), id(first));
		assertThat(ids(client.get(ACCOUNTS + "?created_at__gte=" + second.get("created_at").asString()).json()))
			.containsExactly(id(own), id(second));
		assertThat(ids(client.get(ACCOUNTS + "?page_size=1&page=3").json())).containsExactly(id(first));
		// another organization sees none of them
		ApiClient stranger = server.newSandboxClient();
		assertThat(stranger.get(ACCOUNTS).json().get("count").asInt()).isZero();
		stranger.get(ACCOUNTS + id(first) + "/").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void theV2FormatNamesTheHolderAndTheInstitutionInsideDetails(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		Map<String, String> v2 = Map.of("X-Belvo-API-Resource-Version", CustomersApiTests.V2);
		String ext = UUID.randomUUID().toString();
		Map<String, Object> holder = Map.of("name", "Frangos Enlatados", "identifier", "11.222.333/0001-81");
		Map<String, Object> details = Map.of("account_type", "PAYMENTS", "agency", "1", "number", "987654",
				"institution", PINDORAMA_BUSINESS);

		JsonNode created = client.send("POST", ACCOUNTS, Json.object("holder", holder, "details", details,
				"external_id", ext, "metadata", Map.of("internal_reference_id", "GGq73487w2")), v2)
			.assertStatus(201)
			.json();

		assertThat(created.get("active").asBoolean()).isTrue();
		assertThat(created.get("holder").get("identifier").asString()).isEqualTo("11222333000181");
		assertThat(created.get("details").get("institution").asString()).isEqualTo(PINDORAMA_BUSINESS);
		assertThat(created.get("external_id").asString()).isEqualTo(ext);
		assertThat(created.get("metadata").get("internal_reference_id").asString()).isEqualTo("GGq73487w2");
		assertThat(client.send("GET", ACCOUNTS + id(created) + "/", null, v2).assertStatus(200).json())
			.isEqualTo(created);
		assertThat(ids(client.send("GET", ACCOUNTS + "?holder__type=BUSINESS", null, v2).json()))
			.containsExactly(id(created));
		assertThat(client.get(ACCOUNTS).json().get("count").asInt()).isZero();
		// the response requires external_id, so the request must carry it; V2 has no salary accounts
		client.send("POST", ACCOUNTS, Json.object("holder", holder, "details", details), v2)
			.assertError(400, "required", "external_id");
		client.send("POST", ACCOUNTS, Json.object("holder", holder, "details", Map.of("account_type", "SALARY",
				"agency", "1", "number", "1", "institution", PASARGADA), "external_id", ext), v2)
			.assertError(400, "invalid_choice", "details.account_type");
		client.send("POST", ACCOUNTS, Json.object("holder", holder, "details", Map.of("account_type", "SAVINGS",
				"agency", "1", "number", "1", "institution", UUID.randomUUID().toString()), "external_id", ext), v2)
			.assertError(400, "does_not_exist", "details.institution");
	}

}
