package io.ponte.enrichment.categorization;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Transactions stored before Ponte categorized them get their categories, once, from the stored documents. */
class CategoryBackfillTests {

	private static final String BLANK = "'{\"category\": null, \"subcategory\": null, \"merchant\": null}'::jsonb";

	@OnEachDatabase
	void storedTransactionsWithoutACategoryAreCategorizedAsARetrievalWouldAndCategorizedOnesAreLeftAlone(
			PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String link = client.post("/api/links/", Json.object("institution", "erebor_mx_retail", "username", "bnk300",
				"password", "full", "fetch_resources", List.of())).assertStatus(201).json().get("id").asString();
		LocalDate today = LocalDate.ofInstant(server.bean(Clock.class).instant(), ZoneOffset.UTC);
		JsonNode retrieved = client.post("/api/transactions/", Json.object("link", link, "date_from",
				today.minusDays(90).toString(), "date_to", today.toString())).assertStatus(201).json();
		Map<String, String> asRetrieved = categories(retrieved);
		assertThat(asRetrieved).hasSizeGreaterThan(20).doesNotContainValue("null / null");

		// as an older Ponte stored them: no category, subcategory or merchant, in the document and the rendering
		JdbcClient jdbc = server.bean(JdbcClient.class);
		int blanked = jdbc.sql("update transactions set document = document || " + BLANK + ", rendered = (rendered::jsonb"
				+ " || " + BLANK + ")::text where link_id = :link").param("link", UUID.fromString(link)).update();
		String kept = retrieved.get(0).get("id").asString();
		jdbc.sql("update transactions set document = document || '{\"category\": \"Taxes\"}'::jsonb"
				+ " where id = :id").param("id", UUID.fromString(kept)).update();
		assertThat(categories(list(client, link)).values()).containsOnly("null / null");

		CategoryBackfill backfill = server.bean(CategoryBackfill.class);
		assertThat(backfill.run()).isEqualTo(blanked - 1);

		Map<String, String> backfilled = categories(list(client, link));
		assertThat(backfilled).hasSameSizeAs(asRetrieved);
		asRetrieved.forEach((id, category) -> {
			if (!id.equals(kept)) {
				assertThat(backfilled.get(id)).as(id).isEqualTo(category);
			}
		});
		assertThat(backfilled.get(kept)).as("a categorized row is not rewritten").isEqualTo("null / null");
		assertThat(backfill.run()).as("a second run finds nothing to do").isZero();
	}

	private static JsonNode list(ApiClient client, String link) {
		return client.get("/api/transactions/?link=" + link + "&page_size=1000").assertStatus(200).json()
			.get("results");
	}

	/** Category, subcategory and merchant name of each transaction, by id. */
	private static Map<String, String> categories(JsonNode transactions) {
		Map<String, String> categories = new HashMap<>();
		for (JsonNode t : transactions) {
			String merchant = t.path("merchant").path("merchant_name").asString(null);
			categories.put(t.get("id").asString(), t.path("category").asString("null") + " / "
					+ t.path("subcategory").asString("null") + (merchant == null ? "" : " / " + merchant));
		}
		return categories;
	}

}
