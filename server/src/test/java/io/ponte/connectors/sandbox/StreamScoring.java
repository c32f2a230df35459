package io.ponte.connectors.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Matches one person's detected streams to what the sandbox planted and says what became of each planted stream
 * and each detection, and why: the unit {@link ScoreTally} adds up by kind and by miss pattern. The matching rules
 * are {@link IncomeRecurringScoreTests}'; decoys take part in the matching, so a detection made of one is a false
 * positive of that decoy's kind rather than of "nothing planted".
 */
final class StreamScoring {

	/** The kind of a detection made of nothing planted. */
	static final String NOTHING = "NOTHING_PLANTED";

	/**
	 * One stream a detector reported. {@code scored} is false for what the score leaves out (income the detector
	 * calls irregular or single, interest) but which can still explain a miss.
	 */
	record Detected(Set<String> transactions, String frequency, double amount, boolean scored) {
	}

	/** What happened to a planted stream or a detection. */
	enum Outcome {

		/** A planted stream in scope, matched by a true positive. */
		FOUND,
		/** A planted stream in scope, not matched. */
		MISSED,
		/**
		 * A planted stream with transactions in the window but out of scope (a yearly bonus, a bimonthly bill), or a
		 * decoy of the detector's side (credits for incomes, debits for expenses).
		 */
		OUT_OF_SCOPE,
		TRUE_POSITIVE, FALSE_POSITIVE,
		/** A detection made of an out-of-scope planted stream: counted neither way. */
		NOT_SCORED

	}

	/** One outcome, of a planted {@code kind} (or {@link #NOTHING}), with why and an example when it went wrong. */
	record Event(String kind, Outcome outcome, String pattern, String example) {
	}

	/**
	 * One person as the score sees them: what was planted (streams of the detector's side, then every decoy), the
	 * transactions by id, those dated in the scored window, and each one's true category.
	 */
	record Person(List<SandboxTruth.Stream> planted, List<SandboxTruth.Stream> decoys,
			Map<String, ObjectNode> transactions, Set<String> window, Map<String, SandboxTruth.Category> categories) {
	}

	/** Matching and scoring tolerances of one detector, and the side it reads ({@code INFLOW}, {@code OUTFLOW}). */
	record Rules(Set<String> frequencies, double amountTolerance, double irregularTolerance, String side) {

		boolean inScope(SandboxTruth.Stream stream, Set<String> window) {
			return this.frequencies.contains(stream.frequency()) && inWindow(stream, window) >= 3;
		}

		double tolerance(SandboxTruth.Stream stream) {
			return "IRREGULAR".equals(stream.frequency()) ? this.irregularTolerance : this.amountTolerance;
		}

	}

	private static final Pattern LONG_NUMBER = Pattern.compile("(\\d.*){5,}");

	/** Every given name and surname the sandbox draws, as statements print them, to blank out of examples. */
	private static final Set<String> NAME_WORDS = new HashSet<>();

	static {
		for (Country country : List.of(Country.BR, Country.MX)) {
			for (List<String> names : List.of(Names.femaleNames(country), Names.maleNames(country),
					Names.surnames(country))) {
				for (String name : names) {
					NAME_WORDS.addAll(List.of(Incomes.ascii(name).split(" ")));
					NAME_WORDS.addAll(List.of(Documents.plain(name).split(" ")));
				}
			}
		}
		NAME_WORDS.removeAll(List.of("DE", "DA", "DO", "DAS", "DOS", "DEL", "LA", "LAS", "LOS", "Y", "E"));
	}

	private StreamScoring() {
	}

	static List<Event> score(Person person, Rules rules, List<Detected> detected) {
		List<Event> events = new ArrayList<>();
		Set<SandboxTruth.Stream> found = new HashSet<>();
		for (Detected d : detected) {
			if (!d.scored()) {
				continue;
			}
			SandboxTruth.Stream best = owner(person, d);
			if (best == null) {
				events.add(new Event(NOTHING, Outcome.FALSE_POSITIVE, "nothing planted: " + category(person, d),
						reported(person, d)));
			}
			else if (person.decoys().contains(best)) {
				events.add(new Event(best.kind(), Outcome.FALSE_POSITIVE, "decoy reported as " + d.frequency(),
						reported(person, d)));
			}
			else if (!rules.inScope(best, person.window())) {
				events.add(new Event(best.kind(), Outcome.NOT_SCORED, null, null));
			}
			else if (d.frequency().equals(best.frequency()) && Math.abs(d.amount() - amount(best)) <= rules
				.tolerance(best) * amount(best)) {
				events.add(new Event(best.kind(), Outcome.TRUE_POSITIVE, null, null));
				found.add(best);
			}
			else {
				events.add(new Event(best.kind(), Outcome.FALSE_POSITIVE, why(best, d), reported(person, d)));
			}
		}
		for (SandboxTruth.Stream p : person.planted()) {
			if (rules.inScope(p, person.window())) {
				boolean hit = found.contains(p);
				events.add(new Event(p.kind(), hit ? Outcome.FOUND : Outcome.MISSED, hit ? null : diagnose(person, p,
						detected), hit ? null : planted(person, p, detected)));
			}
			else if (inWindow(p, person.window()) > 0) {
				events.add(new Event(p.kind(), Outcome.OUT_OF_SCOPE, null, null));
			}
		}
		for (SandboxTruth.Stream decoy : person.decoys()) {
			boolean side = decoy.transactions().stream()
				.filter(person.window()::contains)
				.anyMatch(id -> rules.side().equals(person.transactions().get(id).get("type").asString()));
			if (side) {
				events.add(new Event(decoy.kind(), Outcome.OUT_OF_SCOPE, null, null));
			}
		}
		return events;
	}

	/** The planted stream or decoy holding more than half of a detection's transactions, else null. */
	private static SandboxTruth.Stream owner(Person person, Detected d) {
		SandboxTruth.Stream best = null;
		long bestOverlap = 0;
		for (List<SandboxTruth.Stream> streams : List.of(person.planted(), person.decoys())) {
			for (SandboxTruth.Stream p : streams) {
				long overlap = p.transactions().stream().filter(d.transactions()::contains).count();
				if (overlap > bestOverlap) {
					best = p;
					bestOverlap = overlap;
				}
			}
		}
		return best != null && bestOverlap * 2 > d.transactions().size() ? best : null;
	}

	/** Why a planted stream in scope was missed, from the detection holding most of its window's transactions. */
	private static String diagnose(Person person, SandboxTruth.Stream p, List<Detected> detected) {
		Detected holder = holder(person, p, detected);
		if (holder == null) {
			return p.kind() + ": not detected";
		}
		SandboxTruth.Stream owner = owner(person, holder);
		if (owner != p) {
			return p.kind() + ": absorbed into a detection of " + (owner == null ? NOTHING.toLowerCase(Locale.ROOT)
					.replace('_', ' ') : owner.kind());
		}
		if (!holder.scored()) {
			return p.kind() + ": reported " + holder.frequency() + " (not scored)";
		}
		return why(p, holder);
	}

	private static Detected holder(Person person, SandboxTruth.Stream p, List<Detected> detected) {
		return detected.stream()
			.filter(d -> p.transactions().stream().anyMatch(id -> person.window().contains(id)
					&& d.transactions().contains(id)))
			.max(Comparator.comparingLong(d -> p.transactions().stream().filter(d.transactions()::contains).count()))
			.orElse(null);
	}

	private static String why(SandboxTruth.Stream p, Detected d) {
		if (!d.frequency().equals(p.frequency())) {
			return p.kind() + ": reported " + d.frequency() + ", planted " + p.frequency();
		}
		return p.kind() + ": amount " + (d.amount() > amount(p) ? "too high" : "too low");
	}

	/** The true category most of a detection's transactions have. */
	private static String category(Person person, Detected d) {
		Map<String, Integer> counts = new HashMap<>();
		for (String id : d.transactions()) {
			SandboxTruth.Category c = person.categories().get(id);
			counts.merge(c == null ? "?" : c.category() + (c.subcategory() == null ? "" : " / " + c.subcategory()), 1,
					Integer::sum);
		}
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
	}

	private static String planted(Person person, SandboxTruth.Stream p, List<Detected> detected) {
		Detected holder = holder(person, p, detected);
		String seen = holder == null ? "nothing reported"
				: String.format(Locale.ROOT, "reported %s %.2f over %d transactions", holder.frequency(),
						holder.amount(), holder.transactions().size());
		List<String> inWindow = p.transactions().stream().filter(person.window()::contains).toList();
		return String.format(Locale.ROOT, "planted %s %s; %s; %s", p.frequency(), p.amount(),
				transactions(person, inWindow), seen);
	}

	private static String reported(Person person, Detected d) {
		return String.format(Locale.ROOT, "reported %s %.2f; %s", d.frequency(), d.amount(),
				transactions(person, d.transactions()));
	}

	/** The first description and up to six dated amounts, names and long numbers blanked out. */
	static String transactions(Person person, Collection<String> ids) {
		List<ObjectNode> txs = ids.stream()
			.map(person.transactions()::get)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(t -> t.get("value_date").asString()))
			.toList();
		if (txs.isEmpty()) {
			return "no transactions";
		}
		StringBuilder text = new StringBuilder("\"").append(anonymise(txs.getLast().get("description").asString()))
			.append("\" ");
		for (int i = 0; i < Math.min(6, txs.size()); i++) {
			ObjectNode t = txs.get(i);
			text.append(i == 0 ? "" : ", ").append(t.get("value_date").asString()).append(' ')
				.append(t.get("amount").decimalValue().toPlainString());
		}
		return text.append(txs.size() > 6 ? ", ... (" + txs.size() + ")" : "").toString();
	}

	/**
	 * A statement text with people's names cut to initials (two name words or more in a row: a city or a shop
	 * named after a saint keeps its name) and any word holding a document or a code to {@code #}.
	 */
	static String anonymise(String description) {
		String[] words = description.split(" ");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			boolean name = NAME_WORDS.contains(word) && (i > 0 && NAME_WORDS.contains(words[i - 1])
					|| i + 1 < words.length && NAME_WORDS.contains(words[i + 1]));
			out.append(out.isEmpty() ? "" : " ")
				.append(LONG_NUMBER.matcher(word).find() ? "#" : name ? word.charAt(0) + "." : word);
		}
		return out.toString();
	}

	private static long inWindow(SandboxTruth.Stream stream, Set<String> window) {
		return stream.transactions().stream().filter(window::contains).count();
	}

	private static double amount(SandboxTruth.Stream stream) {
		return stream.amount().doubleValue();
	}

}
