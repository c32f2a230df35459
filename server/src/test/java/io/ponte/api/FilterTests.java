package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class FilterTests {

	static final Filter AMOUNT = Filter.ordered("amount", "t.amount", ValueType.DECIMAL).also(Lookup.NOT_IN);

	static final Filter STATUS = Filter.exact("status", "t.status", ValueType.TEXT).also(Lookup.NOT_IN);

	static final Filter COUNTRY = Filter.element("country_code", "t.country_codes", ValueType.TEXT);

	static final Filter CREATED = Filter.ordered("created_at", "t.created_at", ValueType.DATETIME)
		.also(Lookup.NOT_IN);

	static final Filter VALUE_DATE = Filter.ordered("value_date", "t.value_date", ValueType.DATE);

	static final Filter LINK = Filter.exact("link", "t.link_id", ValueType.UUID);

	static final Filter TYPE = Filter.exact("type", "t.type", ValueType.choice("bank", "fiscal"));

	@Test
	void exactComparesWithOneParameter() {
		Condition condition = STATUS.condition(Lookup.EXACT, "status", "healthy");

		assertThat(condition.sql()).isEqualTo("t.status = ?");
		assertThat(condition.params()).containsExactly("healthy");
	}

	@Test
	void inTakesOnePlaceholderPerCommaSeparatedValue() {
		Condition condition = STATUS.condition(Lookup.IN, "status__in", "healthy, down,maintenance");

		assertThat(condition.sql()).isEqualTo("t.status in (?, ?, ?)");
		assertThat(condition.params()).containsExactly("healthy", "down", "maintenance");
	}

	@Test
	void notInAlsoKeepsRowsWithoutAValue() {
		Condition condition = STATUS.condition(Lookup.NOT_IN, "status__not_in", "down,maintenance");

		assertThat(condition.sql()).isEqualTo("(t.status is null or t.status not in (?, ?))");
		assertThat(condition.params()).containsExactly("down", "maintenance");
	}

	@Test
	void comparisonsUseTheMatchingOperatorOnParsedValues() {
		assertThat(AMOUNT.condition(Lookup.GT, "amount__gt", "10.5").sql()).isEqualTo("t.amount > ?");
		assertThat(AMOUNT.condition(Lookup.GTE, "amount__gte", "10.5").sql()).isEqualTo("t.amount >= ?");
		assertThat(AMOUNT.condition(Lookup.LT, "amount__lt", "10.5").sql()).isEqualTo("t.amount < ?");
		assertThat(AMOUNT.condition(Lookup.LTE, "amount__lte", "10.5").sql()).isEqualTo("t.amount <= ?");
		assertThat(AMOUNT.condition(Lookup.GT, "amount__gt", "10.50").params())
			.containsExactly(new BigDecimal("10.50"));
	}

	@Test
	void rangeIsInclusiveBetweenTwoValues() {
		Condition condition = AMOUNT.condition(Lookup.RANGE, "amount__range", "1,99.99");

		assertThat(condition.sql()).isEqualTo("t.amount between ? and ?");
		assertThat(condition.params()).containsExactly(new BigDecimal("1"), new BigDecimal("99.99"));
	}

	@Test
	void rangeNeedsExactlyTwoValues() {
		assertInvalid(() -> AMOUNT.condition(Lookup.RANGE, "amount__range", "1"), "amount__range", "invalid");
		assertInvalid(() -> AMOUNT.condition(Lookup.RANGE, "amount__range", "1,2,3"), "amount__range", "invalid");
		assertInvalid(() -> AMOUNT.condition(Lookup.RANGE, "amount__range", "1,"), "amount__range", "invalid");
	}

	@Test
	void atMostAThousandValuesAreAccepted() {
		String thousand = String.join(",", Collections.nCopies(Filter.MAX_VALUES, "x"));

		assertThat(STATUS.condition(Lookup.IN, "status__in", thousand).params()).hasSize(1000);
		assertInvalid(() -> STATUS.condition(Lookup.IN, "status__in", thousand + ",y"), "status__in", "invalid");
	}

	@Test
	void emptyItemsInAListAreRejected() {
		assertInvalid(() -> STATUS.condition(Lookup.IN, "status__in", "a,,b"), "status__in", "invalid");
		assertInvalid(() -> STATUS.condition(Lookup.IN, "status__in", "a, "), "status__in", "invalid");
	}

	@Test
	void arrayColumnExactMeansContainsTheValue() {
		Condition condition = COUNTRY.condition(Lookup.EXACT, "country_code", "MX");

		assertThat(condition.sql()).isEqualTo("t.country_codes @> array[?::text]");
		assertThat(condition.params()).containsExactly("MX");
	}

	@Test
	void arrayColumnInMeansOverlapsAnyValue() {
		Condition condition = COUNTRY.condition(Lookup.IN, "country_code__in", "MX,BR");

		assertThat(condition.sql()).isEqualTo("t.country_codes && array[?::text, ?::text]");
		assertThat(condition.params()).containsExactly("MX", "BR");
	}

	@Test
	void arrayColumnAllinMeansContainsEveryValue() {
		Condition condition = COUNTRY.condition(Lookup.ALLIN, "country_code__allin", "MX,BR");

		assertThat(condition.sql()).isEqualTo("t.country_codes @> array[?::text, ?::text]");
		assertThat(condition.params()).containsExactly("MX", "BR");
	}

	@Test
	void arrayPlaceholdersAreCastToTheValueType() {
		Filter ids = Filter.element("ids", "t.ids", ValueType.UUID);
		UUID id = UUID.randomUUID();

		Condition condition = ids.condition(Lookup.IN, "ids__in", id.toString());

		assertThat(condition.sql()).isEqualTo("t.ids && array[?::uuid]");
		assertThat(condition.params()).containsExactly(id);
	}

	@Test
	void plainDateOnATimestampMatchesTheWholeUtcDay() {
		Condition condition = CREATED.condition(Lookup.EXACT, "created_at", "2024-01-31");

		assertThat(condition.sql()).isEqualTo("t.created_at >= ? and t.created_at < ?");
		assertThat(condition.params()).containsExactly(utc(2024, 1, 31), utc(2024, 2, 1));
	}

	@Test
	void plainDateUpperBoundIncludesThatWholeDay() {
		Condition condition = CREATED.condition(Lookup.LTE, "created_at__lte", "2024-01-31");

		assertThat(condition.sql()).isEqualTo("t.created_at < ?");
		assertThat(condition.params()).containsExactly(utc(2024, 2, 1));
	}

	@Test
	void plainDateStrictLowerBoundStartsAfterThatWholeDay() {
		Condition condition = CREATED.condition(Lookup.GT, "created_at__gt", "2024-01-31");

		assertThat(condition.sql()).isEqualTo("t.created_at >= ?");
		assertThat(condition.params()).containsExactly(utc(2024, 2, 1));
	}

	@Test
	void plainDateInclusiveLowerAndStrictUpperBoundsStartAtMidnight() {
		assertThat(CREATED.condition(Lookup.GTE, "created_at__gte", "2024-01-31").params())
			.containsExactly(utc(2024, 1, 31));
		Condition lt = CREATED.condition(Lookup.LT, "created_at__lt", "2024-01-31");
		assertThat(lt.sql()).isEqualTo("t.created_at < ?");
		assertThat(lt.params()).containsExactly(utc(2024, 1, 31));
	}

	@Test
	void plainDateRangeCoversBothEndDaysEntirely() {
		Condition condition = CREATED.condition(Lookup.RANGE, "created_at__range", "2024-01-01,2024-01-31");

		assertThat(condition.sql()).isEqualTo("t.created_at >= ? and t.created_at < ?");
		assertThat(condition.params()).containsExactly(utc(2024, 1, 1), utc(2024, 2, 1));
	}

	@Test
	void fullTimestampsCompareExactly() {
		OffsetDateTime instant = OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC);

		Condition exact = CREATED.condition(Lookup.EXACT, "created_at", "2024-01-31T10:15:30Z");
		assertThat(exact.sql()).isEqualTo("t.created_at = ?");
		assertThat(exact.params()).containsExactly(instant);

		Condition lte = CREATED.condition(Lookup.LTE, "created_at__lte", "2024-01-31T10:15:30Z");
		assertThat(lte.sql()).isEqualTo("t.created_at <= ?");
		assertThat(lte.params()).containsExactly(instant);

		Condition gt = CREATED.condition(Lookup.GT, "created_at__gt", "2024-01-31T10:15:30Z");
		assertThat(gt.sql()).isEqualTo("t.created_at > ?");
		assertThat(gt.params()).containsExactly(instant);

		Condition range = CREATED.condition(Lookup.RANGE, "created_at__range",
				"2024-01-01T00:00:00Z,2024-01-31T10:15:30Z");
		assertThat(range.sql()).isEqualTo("t.created_at >= ? and t.created_at <= ?");
		assertThat(range.params()).containsExactly(utc(2024, 1, 1), instant);
	}

	@Test
	void timestampsKeepTheirOffset() {
		Condition condition = CREATED.condition(Lookup.GTE, "created_at__gte", "2024-01-31T10:00:00-06:00");

		OffsetDateTime bound = (OffsetDateTime) condition.params().getFirst();
		assertThat(bound.toInstant()).isEqualTo(utc(2024, 1, 31).plusHours(16).toInstant());
	}

	@Test
	void timestampInMatchesAnyOfTheDaysOrInstants() {
		Condition condition = CREATED.condition(Lookup.IN, "created_at__in", "2024-01-01,2024-01-31T10:00:00Z");

		assertThat(condition.sql())
			.isEqualTo("((t.created_at >= ? and t.created_at < ?) or t.created_at = ?)");
		assertThat(condition.params()).containsExactly(utc(2024, 1, 1), utc(2024, 1, 2),
				utc(2024, 1, 31).plusHours(10));
	}

	@Test
	void timestampNotInAlsoKeepsRowsWithoutAValue() {
		Condition condition = CREATED.condition(Lookup.NOT_IN, "created_at__not_in", "2024-01-01");

		assertThat(condition.sql())
			.isEqualTo("(t.created_at is null or not ((t.created_at >= ? and t.created_at < ?)))");
		assertThat(condition.params()).containsExactly(utc(2024, 1, 1), utc(2024, 1, 2));
	}

	@Test
	void malformedTimestampsAreRejected() {
		assertInvalid(() -> CREATED.condition(Lookup.EXACT, "created_at", "yesterday"), "created_at", "invalid");
		assertInvalid(() -> CREATED.condition(Lookup.EXACT, "created_at", "2024-13-01"), "created_at", "invalid");
		assertInvalid(() -> CREATED.condition(Lookup.LTE, "created_at__lte", "2024-01-31T25:00:00Z"),
				"created_at__lte", "invalid");
		assertInvalid(() -> CREATED.condition(Lookup.RANGE, "created_at__range", "2024-01-01,soon"),
				"created_at__range", "invalid");
	}

	@Test
	void dateValuesAreLocalDatesComparedDirectly() {
		Condition condition = VALUE_DATE.condition(Lookup.LTE, "value_date__lte", "2024-02-29");

		assertThat(condition.sql()).isEqualTo("t.value_date <= ?");
		assertThat(condition.params()).containsExactly(LocalDate.of(2024, 2, 29));
		assertThat(VALUE_DATE.condition(Lookup.RANGE, "value_date__range", "2024-01-01,2024-01-31").params())
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
	}

	@Test
	void impossibleOrMalformedDatesAreRejected() {
		assertInvalid(() -> VALUE_DATE.condition(Lookup.EXACT, "value_date", "2023-02-29"), "value_date", "invalid");
		assertInvalid(() -> VALUE_DATE.condition(Lookup.EXACT, "value_date", "31/01/2024"), "value_date", "invalid");
		assertInvalid(() -> VALUE_DATE.condition(Lookup.EXACT, "value_date", "2024-01-31T00:00:00Z"), "value_date",
				"invalid");
	}

	@Test
	void uuidsMustBeInTheCanonicalForm() {
		UUID id = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");

		assertThat(LINK.condition(Lookup.EXACT, "link", "3fa85f64-5717-4562-b3fc-2c963f66afa6").params())
			.containsExactly(id);
		assertThat(LINK.condition(Lookup.EXACT, "link", "3FA85F64-5717-4562-B3FC-2C963F66AFA6").params())
			.containsExactly(id);
		assertInvalid(() -> LINK.condition(Lookup.EXACT, "link", "1-1-1-1-1"), "link", "invalid");
		assertInvalid(() -> LINK.condition(Lookup.EXACT, "link", "3fa85f6457174562b3fc2c963f66afa6"), "link",
				"invalid");
		assertInvalid(() -> LINK.condition(Lookup.IN, "link__in", id + ",nope"), "link__in", "invalid");
	}

	@Test
	void decimalsThatDoNotParseAreRejected() {
		assertInvalid(() -> AMOUNT.condition(Lookup.GT, "amount__gt", "ten"), "amount__gt", "invalid");
		assertInvalid(() -> AMOUNT.condition(Lookup.GT, "amount__gt", "1,5"), "amount__gt", "invalid");
		assertInvalid(() -> AMOUNT.condition(Lookup.EXACT, "amount", "NaN"), "amount", "invalid");
		assertInvalid(() -> AMOUNT.condition(Lookup.EXACT, "amount", "1" + "0".repeat(40)), "amount", "invalid");
	}

	@Test
	void integersAndBooleansThatDoNotParseAreRejected() {
		Filter count = Filter.exact("count", "t.count", ValueType.INTEGER);
		Filter active = Filter.exact("active", "t.active", ValueType.BOOLEAN);

		assertThat(count.condition(Lookup.EXACT, "count", "42").params()).containsExactly(42L);
		assertInvalid(() -> count.condition(Lookup.EXACT, "count", "4.2"), "count", "invalid");
		assertInvalid(() -> count.condition(Lookup.EXACT, "count", "99999999999999999999"), "count", "invalid");
		assertThat(active.condition(Lookup.EXACT, "active", "TRUE").params()).containsExactly(true);
		assertThat(active.condition(Lookup.EXACT, "active", "0").params()).containsExactly(false);
		assertInvalid(() -> active.condition(Lookup.EXACT, "active", "yes"), "active", "invalid");
	}

	@Test
	void choicesOutsideTheEnumerationAreInvalidChoices() {
		assertThat(TYPE.condition(Lookup.EXACT, "type", "bank").params()).containsExactly("bank");
		assertInvalid(() -> TYPE.condition(Lookup.EXACT, "type", "foo"), "type", "invalid_choice");
		assertInvalid(() -> TYPE.condition(Lookup.IN, "type__in", "bank,Bank"), "type__in", "invalid_choice");
	}

	@Test
	void nullCharactersAreRejectedForEveryType() {
		assertInvalid(() -> STATUS.condition(Lookup.EXACT, "status", "a\0b"), "status", "invalid");
		assertInvalid(() -> TYPE.condition(Lookup.EXACT, "type", "bank\0"), "type", "invalid");
		assertInvalid(() -> COUNTRY.condition(Lookup.IN, "country_code__in", "MX,B\0R"), "country_code__in",
				"invalid");
	}

	@Test
	void valuesNeverAppearInTheSql() {
		String hostile = "x'); drop table institutions; --";

		Condition condition = STATUS.condition(Lookup.IN, "status__in", hostile);

		assertThat(condition.sql()).doesNotContain("drop").isEqualTo("t.status in (?)");
		assertThat(condition.params()).containsExactly(hostile);
	}

	@Test
	void aContainingFilterMatchesPartOfTheValueWithLiteralWildcards() {
		Filter search = Filter.containing("search", "t.search_text", 3);

		Condition condition = search.condition(Lookup.EXACT, "search", " 100%_off ");

		assertThat(condition.sql()).isEqualTo("t.search_text ilike ? escape '\\'");
		assertThat(condition.params()).containsExactly("%100\\%\\_off%");
		assertInvalid(() -> search.condition(Lookup.EXACT, "search", "ab"), "search", "min_length");
		assertInvalid(() -> search.condition(Lookup.EXACT, "search", "  a  "), "search", "min_length");
		assertThat(search.allows(Lookup.IN)).isFalse();
	}

	private static OffsetDateTime utc(int year, int month, int day) {
		return OffsetDateTime.of(year, month, day, 0, 0, 0, 0, ZoneOffset.UTC);
	}

	private static void assertInvalid(ThrowingCallable call, String field, String code) {
		ApiException error = catchThrowableOfType(ApiException.class, call);
		assertThat(error).as("expected an ApiException for %s", field).isNotNull();
		assertThat(error.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.field()).isEqualTo(field);
		assertThat(error.code()).isEqualTo(code);
		assertThat(error.getMessage()).isNotBlank();
	}

}
