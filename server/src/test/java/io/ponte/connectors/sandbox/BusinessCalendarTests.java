package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

	private final BusinessCalendar brazil = BusinessCalendar.of(Country.BR);

	private final BusinessCalendar mexico = BusinessCalendar.of(Country.MX);

	@Test
	void easterMatchesKnownDates() {
		assertThat(BusinessCalendar.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
		assertThat(BusinessCalendar.easter(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
		assertThat(BusinessCalendar.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
		assertThat(BusinessCalendar.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(BusinessCalendar.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(BusinessCalendar.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void eachCountryHasOneSharedCalendar() {
		assertThat(BusinessCalendar.of(Country.BR)).isSameAs(this.brazil).isNotSameAs(this.mexico);
		assertThat(BusinessCalendar.of(Country.MX)).isSameAs(this.mexico);
	}

	@Test
	void brazilianMoveableHolidaysFollowEaster() {
		assertThat(this.brazil.isHoliday(LocalDate.of(2025, 3, 3))).isTrue();
		assertThat(this.brazil.isHoliday(LocalDate.of(2025, 3, 4))).isTrue();
		assertThat(this.brazil.isHoliday(LocalDate.of(2025, 3, 5))).isFalse();
		assertThat(this.brazil.name(LocalDate.of(2025, 3, 3))).isEqualTo("Carnaval");
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
		assertThat(this.brazil.name(LocalDate.of(2026, 4, 3))).isEqualTo("Sexta-feira Santa");
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 4, 2))).isFalse();
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 6, 4))).isTrue();
		assertThat(this.brazil.name(LocalDate.of(2026, 6, 4))).isEqualTo("Corpus Christi");
	}

	@Test
	void mexicanHolyWeekClosesBanksOnThursdayAndFriday() {
		assertThat(this.mexico.isHoliday(LocalDate.of(2025, 4, 17))).isTrue();
		assertThat(this.mexico.isHoliday(LocalDate.of(2025, 4, 18))).isTrue();
		assertThat(this.mexico.isHoliday(LocalDate.of(2025, 4, 16))).isFalse();
		assertThat(this.mexico.name(LocalDate.of(2025, 4, 17))).isEqualTo("Jueves Santo");
		assertThat(this.mexico.isHoliday(LocalDate.of(2025, 3, 3))).as("no Carnaval in Mexico").isFalse();
	}

	@Test
	void conscienciaNegraIsABankHolidayOnlyFrom2024() {
		assertThat(this.brazil.isHoliday(LocalDate.of(2023, 11, 20))).isFalse();
		assertThat(this.brazil.isBusinessDay(LocalDate.of(2023, 11, 20))).isTrue();
		assertThat(this.brazil.isHoliday(LocalDate.of(2024, 11, 20))).isTrue();
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 11, 20))).isTrue();
		assertThat(this.brazil.holidays(2023)).hasSize(12);
		assertThat(this.brazil.holidays(2026)).hasSize(13);
	}

	@Test
	void mexicanMondayHolidaysFallOnTheRightMondays() {
		assertThat(this.mexico.name(LocalDate.of(2026, 2, 2))).isEqualTo("Día de la Constitución");
		assertThat(this.mexico.name(LocalDate.of(2026, 3, 16))).isEqualTo("Natalicio de Benito Juárez");
		assertThat(this.mexico.name(LocalDate.of(2026, 11, 16))).isEqualTo("Revolución Mexicana");
		assertThat(this.mexico.isHoliday(LocalDate.of(2026, 2, 5))).isFalse();
		assertThat(this.mexico.isHoliday(LocalDate.of(2026, 3, 21))).isFalse();
		assertThat(this.mexico.isHoliday(LocalDate.of(2026, 11, 20))).isFalse();
	}

	@Test
	void mexicanTransferOfPowerIsAHolidayEverySixYears() {
		assertThat(this.mexico.isHoliday(LocalDate.of(2024, 10, 1))).isTrue();
		assertThat(this.mexico.isHoliday(LocalDate.of(2030, 10, 1))).isTrue();
		assertThat(this.mexico.isHoliday(LocalDate.of(2025, 10, 1))).isFalse();
		assertThat(this.mexico.isHoliday(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(this.mexico.holidays(2024)).hasSize(12);
		assertThat(this.mexico.holidays(2025)).hasSize(11);
	}

	@Test
	void fixedHolidaysOfEachCountryAreNotHolidaysOfTheOther() {
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 9, 7))).isTrue();
		assertThat(this.mexico.isHoliday(LocalDate.of(2026, 9, 7))).isFalse();
		assertThat(this.mexico.isHoliday(LocalDate.of(2026, 12, 12))).isTrue();
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 12, 12))).isFalse();
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 11, 2))).isTrue();
		assertThat(this.mexico.isHoliday(LocalDate.of(2026, 11, 2))).isTrue();
	}

	@Test
	void weekendsAndHolidaysAreNotBusinessDays() {
		assertThat(this.brazil.isBusinessDay(LocalDate.of(2026, 11, 19))).isTrue();
		assertThat(this.brazil.isBusinessDay(LocalDate.of(2026, 11, 20))).isFalse();
		assertThat(this.brazil.isBusinessDay(LocalDate.of(2026, 11, 21))).isFalse();
		assertThat(this.brazil.isBusinessDay(LocalDate.of(2026, 11, 22))).isFalse();
		assertThat(this.brazil.isHoliday(LocalDate.of(2026, 11, 21))).isFalse();
	}

	@Test
	void datesMoveBackwardOrForwardAcrossAWeekendAndAHoliday() {
		assertThat(this.brazil.onOrBefore(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(this.brazil.onOrBefore(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(this.brazil.onOrAfter(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(this.brazil.onOrAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(this.mexico.onOrAfter(LocalDate.of(2025, 4, 17))).isEqualTo(LocalDate.of(2025, 4, 21));
		assertThat(this.mexico.onOrBefore(LocalDate.of(2025, 4, 20))).isEqualTo(LocalDate.of(2025, 4, 16));
	}

	@Test
	void nthBusinessDaySkipsWeekendsAndHolidays() {
		// April 2026: Good Friday on the 3rd in both countries, and Jueves Santo on the 2nd in Mexico.
		assertThat(this.brazil.nthBusinessDay(YearMonth.of(2026, 4), 1)).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(this.brazil.nthBusinessDay(YearMonth.of(2026, 4), 5)).isEqualTo(LocalDate.of(2026, 4, 8));
		assertThat(this.mexico.nthBusinessDay(YearMonth.of(2026, 4), 5)).isEqualTo(LocalDate.of(2026, 4, 9));
		// January 2027 starts on a Friday holiday.
		assertThat(this.brazil.nthBusinessDay(YearMonth.of(2027, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(this.brazil.nthBusinessDay(YearMonth.of(2027, 1), 5)).isEqualTo(LocalDate.of(2027, 1, 8));
	}

	@Test
	void nthBusinessDayRejectsCountsOutsideTheMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.brazil.nthBusinessDay(YearMonth.of(2026, 4), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.brazil.nthBusinessDay(YearMonth.of(2026, 4), 23));
		assertThat(this.brazil.nthBusinessDay(YearMonth.of(2026, 4), 20)).isEqualTo(LocalDate.of(2026, 4, 30));
	}

	@Test
	void lastBusinessDaySkipsAMonthEndWeekendAndHoliday() {
		// Easter 2024 is March 31: Good Friday the 29th, Jueves Santo the 28th.
		assertThat(this.brazil.lastBusinessDay(YearMonth.of(2024, 3))).isEqualTo(LocalDate.of(2024, 3, 28));
		assertThat(this.mexico.lastBusinessDay(YearMonth.of(2024, 3))).isEqualTo(LocalDate.of(2024, 3, 27));
		assertThat(this.brazil.lastBusinessDay(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 29));
		assertThat(this.brazil.lastBusinessDay(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void holidaysAreSortedUnmodifiableAndNamed() {
		assertThat(this.brazil.holidays(2026)).first().isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(List.copyOf(this.brazil.holidays(2026))).isSorted();
		assertThat(this.brazil.holidays(2026)).allSatisfy((day) -> assertThat(this.brazil.name(day)).isNotBlank());
		assertThatThrownBy(() -> this.brazil.holidays(2026).add(LocalDate.of(2026, 1, 2)))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThat(this.brazil.name(LocalDate.of(2026, 1, 2))).isNull();
		assertThat(this.mexico.name(LocalDate.of(2024, 10, 1))).isEqualTo("Transmisión del Poder Ejecutivo Federal");
	}

	@Test
	void coincidingHolidaysKeepBothNames() {
		// Easter 2000 was April 23, so Good Friday fell on Tiradentes.
		assertThat(this.brazil.name(LocalDate.of(2000, 4, 21))).isEqualTo("Sexta-feira Santa / Tiradentes");
		assertThat(this.brazil.holidays(2000)).hasSize(11);
	}

	@Test
	void adjustedDatesAreAlwaysNearbyBusinessDays() {
		for (BusinessCalendar calendar : new BusinessCalendar[] { this.brazil, this.mexico }) {
			for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() <= 2030; day = day.plusDays(1)) {
				LocalDate before = calendar.onOrBefore(day);
				LocalDate after = calendar.onOrAfter(day);
				assertThat(calendar.isBusinessDay(before)).as("onOrBefore(%s)", day).isTrue();
				assertThat(calendar.isBusinessDay(after)).as("onOrAfter(%s)", day).isTrue();
				assertThat(before).isBetween(day.minusDays(6), day);
				assertThat(after).isBetween(day, day.plusDays(6));
				if (calendar.isBusinessDay(day)) {
					assertThat(before).isEqualTo(day);
					assertThat(after).isEqualTo(day);
				}
				else {
					assertThat(before).isBefore(day);
					assertThat(after).isAfter(day);
				}
			}
		}
	}

}
