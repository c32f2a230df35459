package io.ponte.connectors.sandbox;

import io.ponte.connectors.sandbox.StreamScoring.Event;
import io.ponte.connectors.sandbox.StreamScoring.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up one detector's {@link Event}s over a population: precision and recall overall and by planted kind, and
 * the commonest reasons for a miss or a false stream with a few examples each, so that a detector's weak spots
 * (weekly pay, job changes, look-alike charges) show by name rather than hiding in one figure. Events must be added
 * in a fixed order (by user) for the examples to be the same from run to run.
 */
final class ScoreTally {

	/** The counts of one kind. */
	static final class Counts {

		long inScope;

		long found;

		long outOfScope;

		long truePositives;

		long falsePositives;

		long notScored;

	}

	/** How often one reason came up, with its first examples. */
	private record Pattern(long[] count, List<String> examples) {
	}

	private static final int EXAMPLES = 3;

	private final Map<String, Counts> byKind = new TreeMap<>(Comparator.comparingInt(ScoreTally::order)
		.thenComparing(Comparator.naturalOrder()));

	private final Map<String, Pattern> patterns = new LinkedHashMap<>();

	private final Counts total = new Counts();

	void add(List<Event> events) {
		for (Event e : events) {
			Counts kind = this.byKind.computeIfAbsent(e.kind(), k -> new Counts());
			for (Counts c : List.of(kind, this.total)) {
				switch (e.outcome()) {
					case FOUND -> {
						c.inScope++;
						c.found++;
					}
					case MISSED -> c.inScope++;
					case OUT_OF_SCOPE -> c.outOfScope++;
					case TRUE_POSITIVE -> c.truePositives++;
					case FALSE_POSITIVE -> c.falsePositives++;
					case NOT_SCORED -> c.notScored++;
				}
			}
			if (e.pattern() != null) {
				String key = (e.outcome() == Outcome.MISSED ? "missed " : "false ") + e.pattern();
				Pattern p = this.patterns.computeIfAbsent(key, k -> new Pattern(new long[1], new ArrayList<>()));
				p.count()[0]++;
				if (p.examples().size() < EXAMPLES) {
					p.examples().add(e.example());
				}
			}
		}
	}

	double precision() {
		return ratio(this.total.truePositives, this.total.truePositives + this.total.falsePositives);
	}

	double recall() {
		return ratio(this.total.found, this.total.inScope);
	}

	Counts total() {
		return this.total;
	}

	Map<String, Counts> byKind() {
		return this.byKind;
	}

	/** A Markdown table: one row per planted kind (decoys and "nothing planted" last). */
	String table(String title) {
		StringBuilder out = new StringBuilder(title).append('\n');
		out.append("| kind | in scope | found | recall | true + | false + | precision | planted, not scored"
				+ " | detections not scored |\n");
		out.append("|---|---|---|---|---|---|---|---|---|\n");
		this.byKind.forEach((kind, c) -> out.append(row(kind, c)));
		out.append(row("**all**", this.total));
		return out.toString();
	}

	private static String row(String kind, Counts c) {
		return String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %s | %d | %d |%n", kind, c.inScope, c.found,
				c.inScope == 0 ? "" : String.format(Locale.ROOT, "%.3f", ratio(c.found, c.inScope)), c.truePositives,
				c.falsePositives, c.truePositives + c.falsePositives == 0 ? ""
						: String.format(Locale.ROOT, "%.3f", ratio(c.truePositives, c.truePositives + c.falsePositives)),
				c.outOfScope, c.notScored);
	}

	/** The {@code top} commonest reasons for a miss or a false stream, each with its first examples. */
	String patterns(String title, int top) {
		StringBuilder out = new StringBuilder(title).append('\n');
		this.patterns.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, Pattern> e) -> -e.getValue().count()[0]))
			.limit(top)
			.forEach(e -> {
				out.append(String.format(Locale.ROOT, "%5d  %s%n", e.getValue().count()[0], e.getKey()));
				e.getValue().examples().forEach(example -> out.append("         e.g. ").append(example).append('\n'));
			});
		return out.toString();
	}

	/** Kinds in {@link PlantedKind} order, then anything else (nothing planted). */
	private static int order(String kind) {
		try {
			return PlantedKind.valueOf(kind).ordinal();
		}
		catch (IllegalArgumentException e) {
			return Integer.MAX_VALUE;
		}
	}

	private static double ratio(long part, long whole) {
		return part / (double) Math.max(1, whole);
	}

}
