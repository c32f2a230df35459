package io.ponte.enrichment.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Employment metrics from a Mexican IMSS employment report, as of a reference date: jobs are its employment
 * records cut at that date; a salary is the daily base salary IMSS records, made monthly by the report's own
 * ratio of monthly to base salary; an increase or decrease is a change between consecutive salaries of a job, or
 * at a change of job (see {@link #changes}); a monthly salary is the sum over the jobs held that day; windows of
 * N years end at the reference date and are null when the career is shorter.
 */
public final class EmploymentMetricsCalculator {

	private static final double WEEK = 7.0;

	private EmploymentMetricsCalculator() {
	}

	/** One salary as of a day, monthly. */
	record Salary(LocalDate date, double monthly) {
	}

	/** One job as known at the reference date; {@code end} null while it lasts. */
	record Job(String employer, LocalDate start, LocalDate end, List<Salary> salaries) {

		LocalDate last(LocalDate reference) {
			return this.end == null ? reference : this.end;
		}

	}

	/** The metrics of the report as of {@code reference}, in the spec's shape without the server's fields. */
	public static ObjectNode compute(JsonNode report, LocalDate reference) {
		List<Job> jobs = jobs(report, reference);
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		String birth = report.path("personal_data").path("birth_date").asString(null);
		node.put("age", birth == null ? 0 : Period.between(LocalDate.parse(birth), reference).getYears());
		List<Job> current = jobs.stream().filter(j -> j.end() == null).toList();
		String status = !current.isEmpty() ? "EMPLOYED"
				: "RETIRED".equals(report.path("personal_data").path("entitlements").path("status").asString(null))
						? "RETIRED" : "UNEMPLOYED";
		node.put("current_status", status);
		node.put("current_employer_count", (int) current.stream().map(Job::employer).distinct().count());
		// the last job is the one held last (a lasting one), the later start first
		Job last = jobs.stream()
			.max(Comparator.comparing((Job j) -> j.last(reference)).thenComparing(Job::start))
			.orElse(null);
		node.put("base_salary_last", last == null || last.salaries().isEmpty() ? null : last.salaries().getLast().monthly());
		node.put("weeks_employed_last_job", last == null ? null : weeks(last.start(), last.last(reference)));
		LocalDate lastEnd = jobs.stream().map(j -> j.last(reference)).max(Comparator.naturalOrder()).orElse(null);
		node.put("weeks_since_last_job", lastEnd == null ? null
				: !current.isEmpty() ? 0.0 : round(ChronoUnit.DAYS.between(lastEnd, reference) / WEEK));
		LocalDate first = jobs.isEmpty() ? null : jobs.getFirst().start();
		long days = first == null ? 0 : ChronoUnit.DAYS.between(first, reference) + 1;
		int[] employers = new int[(int) days];
		for (Job job : jobs) {
			for (LocalDate d = job.start(); !d.isAfter(job.last(reference)); d = d.plusDays(1)) {
				employers[(int) ChronoUnit.DAYS.between(first, d)]++;
			}
		}
		long employed = 0;
		long multiple = 0;
		long gaps = 0;
		long gap = 0;
		long maxGap = 0;
		int lastEmployedDay = -1;
		for (int d = 0; d < employers.length; d++) {
			if (employers[d] > 0) {
				employed++;
				multiple += employers[d] > 1 ? 1 : 0;
				if (gap > 0 && lastEmployedDay >= 0) {
					gaps += gap;
					maxGap = Math.max(maxGap, gap);
				}
				gap = 0;
				lastEmployedDay = d;
			}
			else {
				gap++;
			}
		}
		boolean any = !jobs.isEmpty();
		node.put("weeks_employed_total", any ? round(employed / WEEK) : null);
		node.put("weeks_with_multiple_employers", any ? round(multiple / WEEK) : null);
		node.put("employer_count", any ? jobs.size() : null);
		Set<String> unique = new HashSet<>(jobs.stream().map(Job::employer).toList());
		node.put("unique_employer_count", any ? unique.size() : null);
		// a career shorter than a year counts as one year
		Double perYear = !any ? null : round(unique.size() / Math.max(1, days / 365.25));
		node.put("employers_per_year", perYear);
		node.put("weeks_between_jobs", any ? round(gaps / WEEK) : null);
		node.put("max_weeks_between_jobs", any ? round(maxGap / WEEK) : null);
		List<Change> changes = changes(jobs);
		int[] lastJob = last == null ? null : count(changes, c -> c.job() == last && !c.atStart());
		node.put("increases_last_job", lastJob == null ? null : lastJob[0]);
		node.put("decreases_last_job", lastJob == null ? null : lastJob[1]);
		int[] atChange = last == null ? null : count(changes, c -> c.job() == last && c.atStart());
		boolean changed = changes.stream().anyMatch(c -> c.job() == last && c.atStart());
		node.put("increases_after_change", changed ? atChange[0] : null);
		node.put("decreases_after_change", changed ? atChange[1] : null);
		int[] overall = any ? count(changes, c -> true) : null;
		node.put("increases_overall", overall == null ? null : overall[0]);
		node.put("decreases_overall", overall == null ? null : overall[1]);
		for (int years : new int[] { 1, 3, 5 }) {
			LocalDate from = reference.minusYears(years);
			boolean covered = any && (years == 1 || !first.isAfter(from));
			int[] window = covered ? count(changes, c -> c.date().isAfter(from)) : null;
			node.put("increases_" + years + "y", window == null ? null : window[0]);
			node.put("decreases_" + years + "y", window == null ? null : window[1]);
			Double then = covered ? salaryAt(jobs, from, reference) : null;
			Double now = covered ? salaryAt(jobs, reference, reference) : null;
			node.put("yearly_change_" + years + "y", then == null || now == null || then == 0 ? null
					: round((now - then) / then * 100));
			List<Double> months = new ArrayList<>();
			for (LocalDate m = reference; m.isAfter(from); m = m.minusMonths(1)) {
				Double salary = any ? salaryAt(jobs, m, reference) : null;
				if (salary != null && salary > 0) {
					months.add(salary);
				}
			}
			node.put("min_monthly_salary_" + years + "y", months.isEmpty() ? null
					: months.stream().mapToDouble(x -> x).min().getAsDouble());
			node.put("average_monthly_salary_" + years + "y", months.isEmpty() ? null
					: round(months.stream().mapToDouble(x -> x).average().getAsDouble()));
			node.put("max_monthly_salary_" + years + "y", months.isEmpty() ? null
					: months.stream().mapToDouble(x -> x).max().getAsDouble());
		}
		return node;
	}

	/** The jobs started by the reference date, the earliest first; a job ended after it still lasts. */
	static List<Job> jobs(JsonNode report, LocalDate reference) {
		List<Job> jobs = new ArrayList<>();
		for (JsonNode record : report.path("employment_records")) {
			LocalDate start = LocalDate.parse(record.path("start_date").asString());
			if (start.isAfter(reference)) {
				continue;
			}
			String endText = record.path("end_date").asString(null);
			LocalDate end = endText == null || LocalDate.parse(endText).isAfter(reference) ? null
					: LocalDate.parse(endText);
			double base = decimal(record.path("most_recent_base_salary"));
			double monthly = decimal(record.path("monthly_salary"));
			double factor = base > 0 && monthly > 0 ? monthly / base : 30.4;
			List<Salary> salaries = new ArrayList<>();
			for (JsonNode update : record.path("employment_status_updates")) {
				LocalDate date = LocalDate.parse(update.path("update_date").asString());
				if (!date.isAfter(reference) && !"DISMISSED_RESIGNED".equals(update.path("event").asString())) {
					salaries.add(new Salary(date, round(decimal(update.path("base_salary")) * factor)));
				}
			}
			salaries.sort(Comparator.comparing(Salary::date));
			jobs.add(new Job(record.path("employer_id").asString(record.path("employer").asString()), start, end,
					salaries));
		}
		jobs.sort(Comparator.comparing(Job::start));
		return jobs;
	}

	/** A salary change of a job: within it, or at its start against the job that ended last before it. */
	record Change(Job job, LocalDate date, int sign, boolean atStart) {
	}

	/**
	 * Every change, in order: between consecutive salaries of one job, and at a job's start between its first
	 * salary and the last salary of the job that had ended most recently before (a change of job).
	 */
	static List<Change> changes(List<Job> jobs) {
		List<Change> changes = new ArrayList<>();
		for (Job job : jobs) {
			List<Salary> salaries = job.salaries();
			Job before = jobs.stream()
				.filter(j -> j != job && j.end() != null && j.end().isBefore(job.start()) && !j.salaries().isEmpty())
				.max(Comparator.comparing(Job::end))
				.orElse(null);
			if (before != null && !salaries.isEmpty()) {
				changes.add(new Change(job, job.start(),
						Double.compare(salaries.getFirst().monthly(), before.salaries().getLast().monthly()), true));
			}
			for (int i = 1; i < salaries.size(); i++) {
				changes.add(new Change(job, salaries.get(i).date(),
						Double.compare(salaries.get(i).monthly(), salaries.get(i - 1).monthly()), false));
			}
		}
		return changes;
	}

	/** Increases and decreases among the changes that pass {@code which}. */
	static int[] count(List<Change> changes, java.util.function.Predicate<Change> which) {
		int[] counts = new int[2];
		for (Change change : changes) {
			if (which.test(change)) {
				counts[0] += change.sign() > 0 ? 1 : 0;
				counts[1] += change.sign() < 0 ? 1 : 0;
			}
		}
		return counts;
	}

	/** The monthly salary of every job held that day, summed; null when none was held. */
	static Double salaryAt(List<Job> jobs, LocalDate day, LocalDate reference) {
		double total = 0;
		boolean held = false;
		for (Job job : jobs) {
			if (job.start().isAfter(day) || job.last(reference).isBefore(day)) {
				continue;
			}
			Salary latest = job.salaries().stream().filter(s -> !s.date().isAfter(day)).reduce((a, b) -> b).orElse(null);
			if (latest != null) {
				total += latest.monthly();
				held = true;
			}
		}
		return held ? round(total) : null;
	}

	private static double weeks(LocalDate start, LocalDate last) {
		return round((ChronoUnit.DAYS.between(start, last) + 1) / WEEK);
	}

	private static double decimal(JsonNode value) {
		return value.isNumber() || value.isString() && !value.asString().isBlank()
				? new BigDecimal(value.asString()).doubleValue() : 0;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
