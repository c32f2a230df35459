package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ponte.api.ApiException;
import io.ponte.api.JsonBody;
import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** How a retrieval body is read against the shape its resource declares. */
class RetrievalShapeTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final String LINK = UUID.randomUUID().toString();

	private static final RetrievalShape DATED = RetrievalShape.PLAIN.withDates(RetrievalShape.Dates.REQUIRED);

	private static final RetrievalShape OPTIONALLY_DATED = RetrievalShape.PLAIN
		.withDates(RetrievalShape.Dates.OPTIONAL);

	@Test
	void aResourceWithoutAWindowGetsEverythingAWindowCouldReach() {
		RetrievalRequest request = read(RetrievalShape.PLAIN, body());

		assertThat(request.link()).isEqualTo(UUID.fromString(LINK));
		assertThat(request.saveData()).isTrue();
		assertThat(request.fetch().dates())
			.isEqualTo(new FetchRequest.DateRange(TODAY.minusDays(RetrievalShape.MAX_DAYS - 1), TODAY));
		assertThat(request.fetch().years()).isNull();
		assertThat(request.fetch().type()).isNull();
		assertThat(request.fetch().attachments()).isFalse();
	}

	@Test
	void anOptionalWindowDefaultsToTheYearBeforeItsEnd() {
		assertThat(read(OPTIONALLY_DATED, body()).fetch().dates())
			.isEqualTo(new FetchRequest.DateRange(TODAY.minusDays(364), TODAY));
		assertThat(read(OPTIONALLY_DATED, body("date_to", "2026-06-30")).fetch().dates())
			.isEqualTo(new FetchRequest.DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)));
	}

	@Test
	void aRequiredWindowIsCheckedAsTheSpecDescribes() {
		assertThat(read(DATED, body("date_from", "2026-01-01", "date_to", "2026-01-31")).fetch().dates())
			.isEqualTo(new FetchRequest.DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
		assertInvalid(() -> read(DATED, body("date_to", "2026-01-31")), "date_from", "required");
		assertInvalid(() -> read(DATED, body("date_from", "2026-01-31", "date_to", "2026-01-01")), "date_to",
				"invalid");
		assertInvalid(() -> read(DATED, body("date_from", "2026-01-01", "date_to", "2026-11-26")), "date_to",
				"invalid");
		assertInvalid(() -> read(DATED, body("date_from", "2024-11-24", "date_to", "2026-11-25")), "date_from",
				"invalid");
		assertThat(read(DATED, body("date_from", "2024-11-25", "date_to", "2026-11-25")).fetch().from())
			.as("731 days is the longest window")
			.isEqualTo(LocalDate.of(2024, 11, 25));
		assertInvalid(() -> read(DATED, body("date_from", "01/01/2026", "date_to", "2026-01-31")), "date_from",
				"invalid");
	}

	@Test
	void yearsAreReadAsNumbersOrStringsAndMayNotRunBackwardsOrAhead() {
		RetrievalShape yearly = RetrievalShape.PLAIN.withYears();

		assertThat(read(yearly, body("year_from", "2023", "year_to", 2025)).fetch().years())
			.isEqualTo(new FetchRequest.YearRange(2023, 2025));
		assertInvalid(() -> read(yearly, body("year_to", "2025")), "year_from", "required");
		assertInvalid(() -> read(yearly, body("year_from", "2025", "year_to", "2023")), "year_to", "invalid");
		assertInvalid(() -> read(yearly, body("year_from", "2025", "year_to", "2027")), "year_to", "invalid");
		assertInvalid(() -> read(yearly, body("year_from", "20x5", "year_to", "2025")), "year_from", "invalid");
	}

	@Test
	void aTypeIsRequiredAndOneOfTheDeclared() {
		RetrievalShape typed = RetrievalShape.PLAIN.withTypes(Set.of("INFLOW", "OUTFLOW"), true);

		assertThat(read(typed, body("type", "OUTFLOW")).fetch().type()).isEqualTo("OUTFLOW");
		assertInvalid(() -> read(typed, body()), "type", "required");
		assertInvalid(() -> read(typed, body("type", "SIDEWAYS")), "type", "invalid_choice");
	}

	@Test
	void anOptionalTypeIsOneOfTheDeclaredAndItsAbsenceAsksForEveryType() {
		RetrievalShape typed = RetrievalShape.PLAIN.withTypes(Set.of("INFLOW", "OUTFLOW"), false);

		assertThat(read(typed, body("type", "INFLOW")).fetch().type()).isEqualTo("INFLOW");
		assertThat(read(typed, body()).fetch().type()).isNull();
		assertInvalid(() -> read(typed, body("type", "SIDEWAYS")), "type", "invalid_choice");
	}

	@Test
	void attachmentsAreAskedWithTheDeclaredKeyOnly() {
		RetrievalShape attaching = RetrievalShape.PLAIN.withAttachment("attach_xml");

		assertThat(read(attaching, body("attach_xml", true)).fetch().attachments()).isTrue();
		assertThat(read(attaching, body("attach_xml", false)).fetch().attachments()).isFalse();
		assertThat(read(RetrievalShape.PLAIN, body("attach_xml", true)).fetch().attachments()).isFalse();
		assertInvalid(() -> read(attaching, body("attach_xml", "maybe")), "attach_xml", "invalid");
	}

	@Test
	void aNarrowingKeyNamesOneReferencedItemById() {
		RetrievalShape narrowed = RetrievalShape.PLAIN.narrowedBy("account");
		UUID account = UUID.randomUUID();

		assertThat(read(narrowed, body("account", account.toString())).narrowedTo()).isEqualTo(account);
		assertThat(read(narrowed, body()).narrowedTo()).isNull();
		assertThat(read(RetrievalShape.PLAIN, body("account", account.toString())).narrowedTo()).isNull();
		assertInvalid(() -> read(narrowed, body("account", "not-an-id")), "account", "invalid");
	}

	@Test
	void theLinkComesFirstAndSaveDataIsABoolean() {
		assertInvalid(() -> RetrievalShape.PLAIN.read(JsonBody.of(JSON.valueToTree(Map.of("date_from", "x"))),
				ResourceKind.OWNERS, TODAY), "link", "required");
		assertThat(read(RetrievalShape.PLAIN, body("save_data", false)).saveData()).isFalse();
		assertInvalid(() -> read(RetrievalShape.PLAIN, body("save_data", "perhaps")), "save_data", "invalid");
	}

	@Test
	void aHistoricalLoadCoversTheLastYear() {
		assertThat(RetrievalShape.historical(ResourceKind.TRANSACTIONS, TODAY).dates())
			.isEqualTo(new FetchRequest.DateRange(TODAY.minusDays(RetrievalShape.HISTORY_DAYS - 1), TODAY));
	}

	private static RetrievalRequest read(RetrievalShape shape, Map<String, Object> body) {
		return shape.read(JsonBody.of(JSON.valueToTree(body)), ResourceKind.TRANSACTIONS, TODAY);
	}

	private static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("link", LINK);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			body.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return body;
	}

	private static void assertInvalid(ThrowingCallable call, String field, String code) {
		ApiException error = catchThrowableOfType(ApiException.class, call);
		assertThat(error).as("expected a 400 on %s", field).isNotNull();
		assertThat(error.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.field()).isEqualTo(field);
		assertThat(error.code()).isEqualTo(code);
	}

}
