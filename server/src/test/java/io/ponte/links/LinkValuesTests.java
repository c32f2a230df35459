package io.ponte.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LinkValuesTests {

	@Test
	void retentionsParseWhatTheApiAcceptsAndNothingElse() {
		assertThat(Retention.parseStorage("store")).contains(Retention.STORE);
		assertThat(Retention.parseStorage("nostore")).contains(Retention.NOSTORE);
		assertThat(Retention.parseStorage("30d")).contains(Retention.ofDays(30));
		assertThat(Retention.parseDays("1d")).contains(Retention.ofDays(1));
		assertThat(Retention.parseDays("365d")).contains(Retention.ofDays(365));
		for (String refused : List.of("0d", "366d", "1000d", "d", "30", "30D", " 30d", "-1d", "1w")) {
			assertThat(Retention.parseStorage(refused)).as(refused).isEmpty();
		}
		assertThat(Retention.parseDays("store")).isEmpty();
		assertThat(Retention.parseDays("nostore")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> Retention.ofDays(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Retention.of("forever"));
	}

	@Test
	void retentionsWriteTheirWireValueAndExpire() {
		assertThat(Retention.STORE.json()).isEqualTo("store");
		assertThat(Retention.NOSTORE.json()).isEqualTo("nostore");
		assertThat(Retention.ofDays(42).json()).isEqualTo("42d");
		assertThat(Retention.of("42d")).isEqualTo(Retention.ofDays(42));
		OffsetDateTime from = OffsetDateTime.parse("2026-01-31T10:00:00Z");
		assertThat(Retention.ofDays(1).expiry(from)).contains(OffsetDateTime.parse("2026-02-01T10:00:00Z"));
		assertThat(Retention.STORE.expiry(from)).isEmpty();
		assertThat(Retention.NOSTORE.expiry(from)).isEmpty();
		assertThat(Retention.NOSTORE.keepsNothing()).isTrue();
		assertThat(Retention.STORE.keepsNothing()).isFalse();
	}

	@Test
	void enumsRoundTripTheirWireValues() {
		for (LinkStatus status : LinkStatus.values()) {
			assertThat(LinkStatus.of(status.json())).isEqualTo(status);
		}
		for (AccessMode mode : AccessMode.values()) {
			assertThat(AccessMode.of(mode.json())).isEqualTo(mode);
		}
		for (MfaPurpose purpose : MfaPurpose.values()) {
			assertThat(MfaPurpose.of(purpose.json())).isEqualTo(purpose);
		}
		assertThat(LinkStatus.TOKEN_REQUIRED.json()).isEqualTo("token_required");
		assertThat(AccessMode.choices()).containsExactly("single", "recurrent");
		assertThat(MfaPurpose.RETRIEVE.json()).isEqualTo("retrieve");
		assertThatIllegalArgumentException().isThrownBy(() -> LinkStatus.of("VALID"));
	}

	@OnEachDatabase
	void aLinkShowsItsSettingsAsTheirWireValues(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode link = client.post("/api/links/", """
				{"institution": "erebor_mx_retail", "username": "bnk100", "password": "full", "access_mode": "single",
				 "credentials_storage": "30d", "stale_in": "90d", "fetch_resources": ["ACCOUNTS"]}""")
			.assertStatus(201)
			.json();

		assertThat(link.propertyNames()).containsExactlyInAnyOrder("id", "institution", "access_mode",
				"last_accessed_at", "created_at", "external_id", "institution_user_id", "status", "created_by",
				"refresh_rate", "credentials_storage", "fetch_resources", "stale_in");
		assertThat(link.get("access_mode").asString()).isEqualTo("single");
		assertThat(link.get("status").asString()).isEqualTo("valid");
		assertThat(link.get("credentials_storage").asString()).isEqualTo("30d");
		assertThat(link.get("stale_in").asString()).isEqualTo("90d");
		assertThat(link.get("refresh_rate").isNull()).isTrue();
		assertThat(link.get("external_id").isNull()).isTrue();

		String id = link.get("id").asString();
		JsonNode recurrent = client.send("PATCH", "/api/links/" + id + "/",
				"{\"access_mode\": \"recurrent\", \"stale_in\": \"7d\"}", Map.of()).assertStatus(200).json();
		assertThat(recurrent.get("access_mode").asString()).isEqualTo("recurrent");
		assertThat(recurrent.get("refresh_rate").asString()).isEqualTo("7d");
		assertThat(recurrent.get("stale_in").asString()).isEqualTo("7d");
		assertThat(client.get("/api/links/" + id + "/").json()).isEqualTo(recurrent);
		client.unchecked()
			.send("PATCH", "/api/links/" + id + "/", "{\"stale_in\": \"366d\"}", Map.of())
			.assertError(400, "invalid", "stale_in");
	}

}
