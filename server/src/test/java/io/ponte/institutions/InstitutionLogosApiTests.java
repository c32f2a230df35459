package io.ponte.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import tools.jackson.databind.JsonNode;

/** Every institution has a logo, an icon and a word mark, served by Ponte itself. */
class InstitutionLogosApiTests {

	@OnEachDatabase
	void everyInstitutionsLogoIsAnSvgServedByPonteInItsColour(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode institutions = client.get("/api/institutions/?page_size=1000").assertStatus(200).json().get("results");
		ApiClient anonymous = server.anonymousClient().unchecked();

		for (JsonNode institution : institutions) {
			for (String field : new String[] { "logo", "icon_logo", "text_logo" }) {
				String url = institution.get(field).asString();
				assertThat(url).startsWith(server.baseUrl() + "/assets/institutions/" + institution.get("name").asString());
				ApiResponse svg = anonymous.get(url);
				assertThat(svg.status()).as(url).isEqualTo(200);
				assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
				assertThat(svg.body()).startsWith("<svg").contains("aria-label=\"");
			}
		}
		JsonNode erebor = client.get("/api/institutions/?name=erebor_br_retail").json().get("results").get(0);
		assertThat(anonymous.get(erebor.get("icon_logo").asString()).body())
			.contains(erebor.get("primary_color").asString());
		JsonNode payer = client.get("/payments/br/institutions/").json().get("results").get(0);
		assertThat(anonymous.get(payer.get("logo").asString()).body()).contains(payer.get("display_name").asString());
		assertThat(anonymous.get("/assets/institutions/nobody_here/logo.svg").status()).isEqualTo(404);
	}

	@org.junit.jupiter.api.Test
	void initialsSkipSmallWords() {
		assertThat(InstitutionLogos.initials("Banco do Brasil")).isEqualTo("BB");
		assertThat(InstitutionLogos.initials("Erebor Brazil")).isEqualTo("EB");
		assertThat(InstitutionLogos.initials("OF Mock Bank by Raidiam")).isEqualTo("OM");
	}

}
