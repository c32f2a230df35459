package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a row's API object is rendered in Java, as the {@code <table>_body} SQL functions did it (the whole sandbox
 * was compared row by row, jsonb against jsonb, when rendering moved out of the database).
 */
class RenderingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final Rendering.LinkFacts LINK = new Rendering.LinkFacts(
			UUID.fromString("00000000-0000-0000-0000-00000000000a"), "erebor_br_retail", "bank", null);

	private static final OffsetDateTime COLLECTED = OffsetDateTime.parse("2026-12-04T03:15:20.7681+00:00");

	private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-12-01T00:00:00-03:00");

	@Test
	void timesReadAsPostgresqlWroteThem() {
		assertThat(Rendering.timestamp(COLLECTED)).isEqualTo("2026-12-04T03:15:20.7681+00:00");
		assertThat(Rendering.timestamp(CREATED)).isEqualTo("2026-12-01T03:00:00+00:00");
		assertThat(Rendering.timestamp(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 500_000, ZoneOffset.UTC)))
			.isEqualTo("2026-01-02T03:04:05.0005+00:00");
		assertThat(Rendering.timestamp(null)).isNull();
	}

	@Test
	void rowsGoToCopyInItsTextFormat() {
		RowWriter.CopyText text = new RowWriter.CopyText();
		byte[] start = text.value("org").value(null).take();
		text.row(start).value("a\tb\\c\nd\re").value("ção").value(null).endRow();
		text.row(start).value("x").endRow();

		assertThat(new String(java.util.Arrays.copyOf(text.bytes(), text.size()), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("org\t\\N\ta\\tb\\\\c\\nd\\re\tção\t\\N\norg\t\\N\tx\n");
	}

	@Test
	void theDocumentGetsTheServerFieldsItsObjectShowsAndLosesTheKeysItDoesNotAdmit() {
		Rendering rendering = new Rendering(EnumSet.of(Rendering.ServerField.ID, Rendering.ServerField.LINK,
				Rendering.ServerField.COLLECTED_AT, Rendering.ServerField.UPDATED_AT), List.of("internal_identification"),
				List.of(), List.of(), List.of(), false);

		JsonNode object = render(rendering, "{\"internal_identification\":\"x\",\"id\":\"theirs\",\"amount\":12.50}",
				null, null, null);

		assertThat(object.properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("id", "link", "collected_at", "updated_at", "amount");
		assertThat(object.get("id").asString()).isEqualTo(ID.toString());
		assertThat(object.get("link").asString()).isEqualTo(LINK.id().toString());
		assertThat(object.get("updated_at").asString()).isEqualTo("2026-12-04T03:15:20.7681+00:00");
		assertThat(object.get("amount").decimalValue()).isEqualByComparingTo("12.50");
	}

	@Test
	void objectsAndEachObjectOfArraysAreStampedWithTheCollectionTime() {
		Rendering rendering = new Rendering(EnumSet.of(Rendering.ServerField.ID), List.of(),
				List.of("credit_data", "loan_data"), List.of("details", "absent"), List.of(), false);

		JsonNode object = render(rendering, "{\"credit_data\":{\"limit\":1},\"loan_data\":null,\"details\":[{\"n\":1},{\"n\":2}]}",
				null, null, null);

		assertThat(object.get("credit_data").get("collected_at").asString()).isEqualTo("2026-12-04T03:15:20.7681+00:00");
		assertThat(object.get("credit_data").get("limit").asInt()).isEqualTo(1);
		assertThat(object.get("loan_data").isNull()).isTrue();
		assertThat(object.get("details")).hasSize(2).allSatisfy(d -> assertThat(d.has("collected_at")).isTrue());
		assertThat(object.get("absent")).isEmpty();
	}

	@Test
	void theItemARowBelongsToIsNestedAsRenderedOrShownByItsId() {
		StoredResource.Reference account = new StoredResource.Reference("accounts", "account", "account_id");
		UUID referenced = UUID.randomUUID();
		Rendering nested = new Rendering(EnumSet.of(Rendering.ServerField.ID), List.of(), List.of(), List.of(),
				List.of(), false);
		Rendering byId = new Rendering(EnumSet.of(Rendering.ServerField.ID), List.of(), List.of(), List.of(),
				List.of(), true);

		assertThat(render(nested, "{}", account, referenced, "{\"id\":\"a\",\"balance\":{\"current\":1}}")
			.get("account").get("balance").get("current").asInt()).isEqualTo(1);
		assertThat(render(byId, "{}", account, referenced, "{}").get("account").asString())
			.isEqualTo(referenced.toString());
	}

	@Test
	void whatAResourceComputesWinsOverTheDocument() {
		Rendering rendering = new Rendering(EnumSet.of(Rendering.ServerField.ID), List.of(), List.of(), List.of(),
				List.of((document, row, added) -> added.put("status", document.path("status").asString() + "!")),
				false);

		assertThat(render(rendering, "{\"status\":\"ok\"}", null, null, null).get("status").asString())
			.isEqualTo("ok!");
	}

	private static JsonNode render(Rendering rendering, String document, StoredResource.Reference reference,
			UUID referenced, String referencedRendered) {
		Rendering.Row row = new Rendering.Row(ID, LINK, COLLECTED, CREATED, table -> Map.of());
		return JSON.readTree(rendering.render(JSON, (ObjectNode) JSON.readTree(document), row, reference, referenced,
				referencedRendered));
	}

}
