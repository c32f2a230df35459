package io.ponte.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

class InstitutionsApiTests {

	static final Set<String> SANDBOX_NAMES = Set.of("erebor_mx_retail", "erebor_br_retail", "gringotts_mx_retail",
			"gringotts_br_retail", "gotham_mx_business", "gotham_br_business", "heimdall_mx_retail",
			"heimdall_br_retail", "ironbank_mx_retail", "ironbank_br_retail", "ofmockbank_br_retail",
			"planet_mx_retail", "inss_br_employment", "tatooine_mx_retail", "naboo_cl_fiscal");

	@OnEachDatabase
	void sandboxKeySeesTheSandboxCatalogueOnOnePage(PonteServer server) {
		JsonNode page = server.newSandboxClient().get("/api/institutions/").assertStatus(200).json();

		assertThat(page.get("count").asInt()).isEqualTo(SANDBOX_NAMES.size());
		assertThat(page.get("next").isNull()).isTrue();
		assertThat(page.get("previous").isNull()).isTrue();
		assertThat(names(page)).containsExactlyInAnyOrderElementsOf(SANDBOX_NAMES);
	}

	@OnEachDatabase
	void pagesWalkTheWholeListWithoutRepeatsKeepingTheOtherParameters(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		List<String> seen = new ArrayList<>();
		String url = "/api/institutions/?page_size=4&type=bank";
		int pages = 0;
		JsonNode page = null;
		while (url != null) {
			page = client.get(url).assertStatus(200).json();
			seen.addAll(names(page));
			pages++;
			if (pages > 1) {
				assertThat(page.get("previous").asString()).startsWith(server.baseUrl()).contains("type=bank");
			}
			url = page.get("next").isNull() ? null : page.get("next").asString();
			if (url != null) {
				assertThat(url).startsWith(server.baseUrl() + "/api/institutions/?")
					.contains("page_size=4", "type=bank", "page=" + (pages + 1));
			}
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize(page.get("count").asInt()).hasSize(11);
		assertThat(pages).isEqualTo(3);
	}

	@OnEachDatabase
	void filtersNarrowTheList(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		assertThat(names(client.get("/api/institutions/?type=fiscal").json())).containsExactlyInAnyOrder(
				"tatooine_mx_retail", "naboo_cl_fiscal");
		assertThat(names(client.get("/api/institutions/?type__in=fiscal,employment").json())).containsExactlyInAnyOrder(
				"tatooine_mx_retail", "naboo_cl_fiscal", "planet_mx_retail", "inss_br_employment");
		assertThat(names(client.get("/api/institutions/?country_code=CL").json())).containsExactly("naboo_cl_fiscal");
		assertThat(names(client.get("/api/institutions/?country_code__in=CL,MX").json())).hasSize(8);
		assertThat(names(client.get("/api/institutions/?name=erebor_br_retail").json()))
			.containsExactly("erebor_br_retail");
		assertThat(names(client.get("/api/institutions/?name__in=erebor_br_retail,planet_mx_retail").json()))
			.containsExactlyInAnyOrder("erebor_br_retail", "planet_mx_retail");
		assertThat(names(client.get("/api/institutions/?resources__allin=BILLS,INVESTMENTS").json()))
			.allMatch(name -> name.endsWith("_br_retail") || name.endsWith("_br_business"))
			.hasSize(6);
		assertThat(names(client.get("/api/institutions/?display_name=Erebor%20Mexico").json()))
			.containsExactly("erebor_mx_retail");
		assertThat(names(client.get("/api/institutions/?website=https://www.erebor.mx").json()))
			.containsExactly("erebor_mx_retail");
		assertThat(names(client.get("/api/institutions/?status=down").json())).isEmpty();
		assertThat(names(client.get("/api/institutions/?status__in=healthy,down&type=employment").json()))
			.containsExactlyInAnyOrder("planet_mx_retail", "inss_br_employment");
	}

	@OnEachDatabase
	void unknownParametersAreIgnored(PonteServer server) {
		JsonNode page = server.newSandboxClient().get("/api/institutions/?colour=blue&type__nope=x").json();
		assertThat(page.get("count").asInt()).isEqualTo(SANDBOX_NAMES.size());
	}

	@OnEachDatabase
	void fieldsAndOmitShapeEveryResult(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		JsonNode only = client.get("/api/institutions/?fields=id,name&page_size=3").results();
		only.forEach(item -> assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "name"));

		JsonNode omitted = client.get("/api/institutions/?omit=form_fields,features&page_size=3").results();
		omitted.forEach(item -> assertThat(item.propertyNames()).doesNotContain("form_fields", "features")
			.contains("id", "name", "resources"));

		JsonNode detail = client.get("/api/institutions/1003/?fields=display_name").json();
		assertThat(detail.propertyNames()).containsExactly("display_name");
	}

	@OnEachDatabase
	void detailShowsOneInstitutionWithItsLoginForm(PonteServer server) {
		JsonNode erebor = server.newSandboxClient().get("/api/institutions/1003/").assertStatus(200).json();

		assertThat(erebor.get("name").asString()).isEqualTo("erebor_mx_retail");
		assertThat(erebor.get("type").asString()).isEqualTo("bank");
		assertThat(erebor.get("country_codes").get(0).asString()).isEqualTo("MX");
		assertThat(erebor.get("integration_type").asString()).isEqualTo("credentials");
		List<String> formFields = new ArrayList<>();
		erebor.get("form_fields").forEach(f -> formFields.add(f.get("name").asString()));
		assertThat(formFields).contains("username", "password");
	}

	@OnEachDatabase
	void mfaInstitutionsAnnounceTheTokenFeature(PonteServer server) {
		JsonNode heimdall = server.newSandboxClient().get("/api/institutions/?name=heimdall_mx_retail").json()
			.get("results").get(0);
		assertThat(heimdall.get("features").get(0).get("name").asString()).isEqualTo("token_required");
	}

	@OnEachDatabase
	void unknownOrMalformedIdsAreNotFound(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		client.get("/api/institutions/999999/").assertError(404, "not_found", null);
		client.get("/api/institutions/erebor/").assertError(404, "not_found", null);
		client.get("/api/institutions/1%27%20or%201=1/").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void productionKeySeesNoSandboxInstitution(PonteServer server) {
		ApiClient production = server.newProductionClient();

		JsonNode page = production.get("/api/institutions/").assertStatus(200).json();
		assertThat(page.get("count").asInt()).isZero();
		assertThat(page.get("results").size()).isZero();
		production.get("/api/institutions/1003/").assertError(404, "not_found", null);
	}

	@OnEachDatabase
	void sqlInFilterValuesIsOnlyEverAValue(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		ApiResponse response = client.get("/api/institutions/?name=x%27%3B%20drop%20table%20institutions%3B--"
				+ "&display_name=%27%20or%20%271%27%3D%271");
		assertThat(response.assertStatus(200).json().get("count").asInt()).isZero();
		assertThat(client.get("/api/institutions/").json().get("count").asInt()).isEqualTo(SANDBOX_NAMES.size());
	}

	static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("results").forEach(item -> names.add(item.get("name").asString()));
		assertThat(new HashSet<>(names)).hasSameSizeAs(names);
		return names;
	}

}
