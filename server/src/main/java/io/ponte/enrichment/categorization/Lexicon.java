package io.ponte.enrichment.categorization;

import io.ponte.enrichment.categorization.DescriptionRules.Direction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words and phrases of statement text, each with the category it means, found wherever they stand in the text
 * rather than only at its start: a bank may print the meaningful word after its own channel words, a card network
 * after an acquirer's prefix, a person after a transfer. A phrase's last word may end in {@code *}, a stem that
 * matches any word it starts ({@code FARMACIA*} in {@code FARMACIAS} and in {@code FARMACIASANTARITA}, as acquirers
 * glue the words of a small shop's name); a phrase starting with {@code ^} counts only as the text's first words.
 * Entries are ordered: where several match, the earliest entry wins, so the
 * specific ({@code CLINICA VETERINARIA}) come before the general ({@code CLINICA}).
 */
final class Lexicon {

	/** What one phrase means, for which countries ({@code *}: all) and in which direction. */
	record Entry(int order, String phrase, String[] words, boolean stem, boolean leading, String countries,
			Direction direction, String category, String subcategory, boolean refines) {

		boolean appliesTo(String country, boolean inflow) {
			return (this.countries.equals("*") || this.countries.contains(country))
					&& (this.direction == Direction.ANY || (this.direction == Direction.IN) == inflow);
		}

	}

	/** A group of phrases with one meaning, as tables declare them. */
	record Group(String countries, Direction direction, String category, String subcategory, boolean refines,
			String... phrases) {
	}

	/** Entries by their first word, and (stems) by the stem of their only word. */
	private final Map<String, List<Entry>> byWord = new HashMap<>();

	private final Map<String, List<Entry>> byStem = new HashMap<>();

	private final List<Entry> entries = new ArrayList<>();

	/** The lengths stems have, shortest first: a word is looked up by its prefixes of these lengths only. */
	private final int[] stemLengths;

	Lexicon(List<Group> groups) {
		int order = 0;
		for (Group group : groups) {
			for (String phrase : group.phrases()) {
				boolean stem = phrase.endsWith("*");
				boolean leading = phrase.startsWith("^");
				String[] words = phrase.substring(leading ? 1 : 0, phrase.length() - (stem ? 1 : 0)).split(" ");
				Entry entry = new Entry(order++, phrase, words, stem, leading, group.countries(), group.direction(),
						group.category(), group.subcategory(), group.refines());
				this.entries.add(entry);
				if (stem && words.length == 1) {
					this.byStem.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
				}
				else {
					this.byWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
				}
			}
		}
		this.stemLengths = this.byStem.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
	}

	/** Every entry, in order. */
	List<Entry> entries() {
		return List.copyOf(this.entries);
	}

	/** The words of a normalized text as the lexicon reads them: split at spaces and at acquirers' stars. */
	static String[] words(String normalized) {
		List<String> words = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= normalized.length(); i++) {
			if (i == normalized.length() || normalized.charAt(i) == ' ' || normalized.charAt(i) == '*') {
				if (i > start) {
					words.add(normalized.substring(start, i));
				}
				start = i + 1;
			}
		}
		return words.toArray(String[]::new);
	}

	/** The earliest entry matching {@code words} for the country and direction, or null. */
	Entry find(String[] words, String country, boolean inflow) {
		Entry best = null;
		for (int i = 0; i < words.length; i++) {
			best = better(best, this.byWord.get(words[i]), words, i, country, inflow);
			String word = words[i];
			for (int n : this.stemLengths) {
				if (n > word.length()) {
					break;
				}
				best = better(best, this.byStem.get(word.substring(0, n)), words, i, country, inflow);
			}
		}
		return best;
	}

	private static Entry better(Entry best, List<Entry> candidates, String[] words, int at, String country,
			boolean inflow) {
		if (candidates == null) {
			return best;
		}
		for (Entry entry : candidates) {
			if ((best == null || entry.order() < best.order()) && entry.appliesTo(country, inflow)
					&& matches(entry, words, at)) {
				best = entry;
			}
		}
		return best;
	}

	private static boolean matches(Entry entry, String[] words, int at) {
		String[] phrase = entry.words();
		if (at + phrase.length > words.length || entry.leading() && at > 0) {
			return false;
		}
		for (int k = 0; k < phrase.length; k++) {
			boolean last = k == phrase.length - 1;
			String word = words[at + k];
			if (!(last && entry.stem() ? word.startsWith(phrase[k]) : word.equals(phrase[k]))) {
				return false;
			}
		}
		return true;
	}

}
