package io.ponte.connectors.sandbox;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The national bank calendar of Brazil (Febraban) and Mexico (CNBV): salaries, direct debits and bill payments in
 * real statements never land on weekends or bank holidays, so neither may sandbox data, or recurring-transaction and
 * income detection would be tested on dates no bank could produce. Each year's holidays are computed once and cached,
 * because the generator asks about every day it generates. Rules are the current ones (Consciência Negra from 2024);
 * earlier years are not adjusted for past reforms.
 */
final class BusinessCalendar {

	private static final BusinessCalendar BRAZIL = new BusinessCalendar(Country.BR);

	private static final BusinessCalendar MEXICO = new BusinessCalendar(Country.MX);

	private final Country country;

	private final Map<Integer, SortedMap<LocalDate, String>> years = new ConcurrentHashMap<>();

	private BusinessCalendar(Country country) {
		this.country = country;
	}

	static BusinessCalendar of(Country country) {
		return switch (country) {
			case BR -> BRAZIL;
			case MX -> MEXICO;
		};
	}

	boolean isHoliday(LocalDate date) {
		return year(date.getYear()).containsKey(date);
	}

	boolean isBusinessDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != SATURDAY && day != SUNDAY && !isHoliday(date);
	}

	/** The date itself if a business day, else the previous business day (how salaries move). */
	LocalDate onOrBefore(LocalDate date) {
		while (!isBusinessDay(date)) {
			date = date.minusDays(1);
		}
		return date;
	}

	/** The date itself if a business day, else the next business day (how bill due dates move). */
	LocalDate onOrAfter(LocalDate date) {
		while (!isBusinessDay(date)) {
			date = date.plusDays(1);
		}
		return date;
	}

	/** The {@code n}th (1-based) business day of the month, e.g. Brazil's salary deadline is the 5th. */
	LocalDate nthBusinessDay(YearMonth month, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be positive: " + n);
		}
		LocalDate date = onOrAfter(month.atDay(1));
		for (int i = 1; i < n; i++) {
			date = onOrAfter(date.plusDays(1));
		}
		if (!YearMonth.from(date).equals(month)) {
			throw new IllegalArgumentException(month + " has fewer than " + n + " business days");
		}
		return date;
	}

	LocalDate lastBusinessDay(YearMonth month) {
		return onOrBefore(month.atEndOfMonth());
	}

	/** The year's bank holidays in date order, including those falling on weekends. */
	Set<LocalDate> holidays(int year) {
		return year(year).keySet();
	}

	/** The holiday's local name, or {@code null} if the date is not a bank holiday. */
	String name(LocalDate holiday) {
		return year(holiday.getYear()).get(holiday);
	}

	private SortedMap<LocalDate, String> year(int year) {
		return this.years.computeIfAbsent(year, this::compute);
	}

	private SortedMap<LocalDate, String> compute(int year) {
		TreeMap<LocalDate, String> days = new TreeMap<>();
		LocalDate easter = easter(year);
		switch (this.country) {
			case BR -> {
				add(days, LocalDate.of(year, 1, 1), "Confraternização Universal");
				add(days, easter.minusDays(48), "Carnaval");
				add(days, easter.minusDays(47), "Carnaval");
				add(days, easter.minusDays(2), "Sexta-feira Santa");
				add(days, LocalDate.of(year, 4, 21), "Tiradentes");
				add(days, LocalDate.of(year, 5, 1), "Dia do Trabalho");
				add(days, easter.plusDays(60), "Corpus Christi");
				add(days, LocalDate.of(year, 9, 7), "Independência do Brasil");
				add(days, LocalDate.of(year, 10, 12), "Nossa Senhora Aparecida");
				add(days, LocalDate.of(year, 11, 2), "Finados");
				add(days, LocalDate.of(year, 11, 15), "Proclamação da República");
				if (year >= 2024) {
					add(days, LocalDate.of(year, 11, 20), "Dia Nacional de Zumbi e da Consciência Negra");
				}
				add(days, LocalDate.of(year, 12, 25), "Natal");
			}
			case MX -> {
				add(days, LocalDate.of(year, 1, 1), "Año Nuevo");
				add(days, monday(year, Month.FEBRUARY, 1), "Día de la Constitución");
				add(days, monday(year, Month.MARCH, 3), "Natalicio de Benito Juárez");
				add(days, easter.minusDays(3), "Jueves Santo");
				add(days, easter.minusDays(2), "Viernes Santo");
				add(days, LocalDate.of(year, 5, 1), "Día del Trabajo");
				add(days, LocalDate.of(year, 9, 16), "Día de la Independencia");
				if (year >= 2024 && (year - 2024) % 6 == 0) {
					add(days, LocalDate.of(year, 10, 1), "Transmisión del Poder Ejecutivo Federal");
				}
				add(days, LocalDate.of(year, 11, 2), "Día de Muertos");
				add(days, monday(year, Month.NOVEMBER, 3), "Revolución Mexicana");
				add(days, LocalDate.of(year, 12, 12), "Día de la Virgen de Guadalupe");
				add(days, LocalDate.of(year, 12, 25), "Navidad");
			}
		}
		return Collections.unmodifiableSortedMap(days);
	}

	private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
		days.merge(date, name, (first, second) -> first + " / " + second);
	}

	private static LocalDate monday(int year, Month month, int ordinal) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, MONDAY));
	}

	/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
	static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
