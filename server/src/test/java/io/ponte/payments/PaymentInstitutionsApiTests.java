package io.ponte.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** GET /payments/br/institutions/: the sandbox's fictitious payer banks, and none for production keys. */
class PaymentInstitutionsApiTests {

	static final Set<String> SANDBOX_NAMES = Set.of("pasargada_br_retail", "pasargada_br_business",
			"pindorama_br_retail", "pindorama_br_business", "asabranca_br_retail", "sucupira_br_retail");

	static final String PASARGADA = "6b9fe058-e69f-492c-9aa8-ac266887f322";

	static final String PINDORAMA_BUSINESS = "739b641a-d3af-4f0e-862d-01e91d694c88";

	static final String SUCUPIRA_INACTIVE = "9fb29e89-95d6-4238-9d22-009b0f35376d";

	@OnEachDatabase
	void aSandboxKeySeesThePayerBanksInTheirOrder(PonteServer server) {
		JsonNode page = server.newSandboxClient().get("/payments/br/institutions/").assertStatus(200).json();

		assertThat(page.get("count").asInt()).isEqualTo(SANDBOX_NAMES.size());
		assertThat(names(page)).containsExactly("pasargada_br_retail", "pasargada_br_business",
				"pindorama_br_retail", "pindorama_br_business", "asabranca_br_retail", "sucupira_br_retail");
		JsonNode first = page.get("results").get(0);
		assertThat(first.get("id").asString()).isEqualTo(PASARGADA);
		assertThat(first.get("display_name").asString()).isEqualTo("Banco Pasárgada");
		assertThat(first.get("country").asString()).isEqualTo("BRA");
		assertThat(first.get("institution_type").asString()).isEqualTo("INDIVIDUAL");
		assertThat(first.get("active").asBoolean()).isTrue();
		assertThat(first.get("form_fields").isArray()).isTrue();
		assertThat(first.get("code").asString()).matches("[0-9]{8}");
		assertThat(page.get("results").get(5).get("active").asBoolean()).isFalse();
	}

	@OnEachDatabase
	void theSpecsFiltersNarrowTheList(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		assertThat(names(client.get("/payments/br/institutions/?institution_type=BUSINESS").json()))
			.containsExactly("pasargada_br_business", "pindorama_br_business");
		assertThat(names(client.get("/payments/br/institutions/?name=pindo").json()))
			.containsExactly("pindorama_br_retail", "pindorama_br_business");
		assertThat(names(client.get("/payments/br/institutions/?name=PASARGADA_BR_RETAIL").json()))
			.containsExactly("pasargada_br_retail");
		assertThat(names(client.get("/payments/br/institutions/?name=pindo&institution_type=INDIVIDUAL").json()))
			.containsExactly("pindorama_br_retail");
		assertThat(names(client.get("/payments/br/institutions/?id__in=" + PASARGADA + "," + PINDORAMA_BUSINESS)
			.json())).containsExactly("pasargada_br_retail", "pindorama_br_business");
		assertThat(names(client.get("/payments/br/institutions/?name=nowhere").json())).isEmpty();
		assertThat(client.get("/payments/br/institutions/?page_size=4").json().get("next").asString())
			.contains("page=2");
	}

	@OnEachDatabase
	void malformedFilterValuesAreRefusedNamingTheParameter(PonteServer server) {
		// the spec lists no 400 for this operation; the error is still Belvo's array naming the parameter
		ApiClient client = server.newSandboxClient().unchecked();

		client.get("/payments/br/institutions/?name=pa").assertError(400, "min_length", "name");
		client.get("/payments/br/institutions/?institution_type=PERSON").assertError(400, "invalid_choice",
				"institution_type");
		client.get("/payments/br/institutions/?id__in=1003").assertError(400, "invalid", "id__in");
	}

	@OnEachDatabase
	void aProductionKeySeesNoPayerBank(PonteServer server) {
		JsonNode page = server.newProductionClient().get("/payments/br/institutions/").assertStatus(200).json();

		assertThat(page.get("count").asInt()).isZero();
		assertThat(page.get("results").size()).isZero();
	}

	@OnEachDatabase
	void theApiRootListsThePaymentsCollections(PonteServer server) {
		JsonNode root = server.newSandboxClient().get("/api/").assertStatus(200).json();

		assertThat(root.get("payments_br_institutions").asString())
			.isEqualTo(server.baseUrl() + "/payments/br/institutions/");
		assertThat(root.get("payments_br_customers").asString()).isEqualTo(server.baseUrl() + "/payments/br/customers/");
		assertThat(root.get("payments_br_bank_accounts").asString())
			.isEqualTo(server.baseUrl() + "/payments/br/bank-accounts/");
	}

	static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("results").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

}
