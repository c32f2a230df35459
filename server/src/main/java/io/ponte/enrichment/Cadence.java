package io.ponte.enrichment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * How often something happens, from the days between its occurrences: the median gap, so one skipped month, a
 * weekend or holiday shift or day-of-month jitter moves it little.
 */
public enum Cadence {

	WEEKLY(7, 52), FORTNIGHTLY(14, 26), MONTHLY(30, 12), IRREGULAR(0, 12);

	/** The typical gap in days, and how many such periods a year holds. */
	public final int days;

	public final int periodsPerYear;

	Cadence(int days, int periodsPerYear) {
		this.days = days;
		this.periodsPerYear = periodsPerYear;
	}

	/** The cadence of these sorted dates (at least three), or {@link #IRREGULAR} when no period fits. */
	public static Cadence of(List<LocalDate> dates) {
		double median = medianGap(dates);
		if (median >= 6 && median <= 8) {
			return WEEKLY;
		}
		if (median >= 12 && median <= 17) {
			return FORTNIGHTLY;
		}
		if (median >= 26 && median <= 35) {
			return MONTHLY;
		}
		return IRREGULAR;
	}

	/** The median of the gaps in days between consecutive dates (same-day repeats count as one date). */
	public static double medianGap(List<LocalDate> dates) {
		List<LocalDate> distinct = dates.stream().distinct().sorted().toList();
		if (distinct.size() < 2) {
			return 0;
		}
		double[] gaps = new double[distinct.size() - 1];
		for (int i = 1; i < distinct.size(); i++) {
			gaps[i - 1] = ChronoUnit.DAYS.between(distinct.get(i - 1), distinct.get(i));
		}
		return median(gaps);
	}

	public static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
