package io.ponte.enrichment.categorization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Merchants Ponte recognises by the descriptor banks print for them ({@code enrichment/merchants.tsv}): national
 * and regional chains, utilities, subscriptions and the small businesses that show up through their acquirer
 * ({@code PAG*}, {@code MP*}). Indexed by the descriptor's first word, so a lookup costs a few map reads per
 * word of the description, not a scan of the dictionary.
 */
final class MerchantDictionary {

	private static final String RESOURCE = "/enrichment/merchants.tsv";

	/** Fewest characters of a descriptor a cut-short name must show. */
	static final int CUT = 12;

	/** One descriptor and its merchant. */
	private record Entry(String descriptor, KnownMerchant merchant) {
	}

	/** Per country, per first word, the descriptors starting with it, longest first. */
	private final Map<String, Map<String, List<Entry>>> byCountry = new HashMap<>();

	private MerchantDictionary() {
	}

	static MerchantDictionary load() {
		return load(descriptor -> true);
	}

	/** The dictionary with only the descriptors (normalized) {@code kept} accepts: scoring hides some of it. */
	static MerchantDictionary load(Predicate<String> kept) {
		MerchantDictionary dictionary = new MerchantDictionary();
		try (InputStream in = MerchantDictionary.class.getResourceAsStream(RESOURCE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				String descriptor = BankText.normalized(f[1]);
				if (kept.test(descriptor)) {
					dictionary.add(f[0], descriptor, new KnownMerchant(f[2], f[3].isEmpty() ? null : f[3], f[4],
							f[5].isEmpty() ? null : f[5]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		dictionary.byCountry.values()
			.forEach(words -> words.values()
				.forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.descriptor().length()).reversed())));
		return dictionary;
	}

	private void add(String country, String descriptor, KnownMerchant merchant) {
		String first = descriptor.split(" ", 2)[0];
		this.byCountry.computeIfAbsent(country, k -> new HashMap<>())
			.computeIfAbsent(first, k -> new ArrayList<>())
			.add(new Entry(descriptor, merchant));
	}

	/**
	 * The merchant whose descriptor appears in {@code text} (normalized, channel prefix removed) at a word start,
	 * the earliest such word winning and, there, the longest descriptor; null when none does. A descriptor ending in
	 * a star ({@code IFD*}) is a marketplace's prefix and matches any word it starts ({@code IFD*PIZZARIA}). The
	 * text may end a word early where the card network cut the name ({@code SAVEGNAGO SUPERMERCAD}): such a cut
	 * matches when at least {@value #CUT} characters, a whole first word among them, agree. Where nothing matches,
	 * a star is read as a space, as a payment facilitator's prefix may stand before a known brand
	 * ({@code PAYPAL *SPOTIFY}) and a brand before its own reference ({@code AIRBNB * HMQ4KZ}).
	 */
	KnownMerchant find(String country, String text) {
		Map<String, List<Entry>> words = this.byCountry.get(country);
		if (words == null || text.isEmpty()) {
			return null;
		}
		KnownMerchant found = find(words, text);
		return found != null || text.indexOf('*') < 0 ? found : find(words, text.replace('*', ' '));
	}

	private static KnownMerchant find(Map<String, List<Entry>> words, String text) {
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf(' ', start);
			String word = text.substring(start, end < 0 ? text.length() : end);
			KnownMerchant found = at(words.get(word), text, start);
			int star = word.indexOf('*');
			if (found == null && star > 0 && star < word.length() - 1) {
				found = at(words.get(word.substring(0, star + 1)), text, start);
			}
			if (found != null) {
				return found;
			}
			if (end < 0) {
				break;
			}
			start = end + 1;
		}
		return null;
	}

	private static KnownMerchant at(List<Entry> candidates, String text, int start) {
		if (candidates == null) {
			return null;
		}
		for (Entry entry : candidates) {
			String descriptor = entry.descriptor();
			if (descriptor.endsWith("*") || text.startsWith(descriptor, start)
					&& endsAWord(text, start + descriptor.length())) {
				return entry.merchant();
			}
		}
		for (Entry entry : candidates) {
			if (cutShort(entry.descriptor(), text, start)) {
				return entry.merchant();
			}
		}
		return null;
	}

	/** Whether the text at {@code start} is the descriptor cut inside one of its words after the first. */
	private static boolean cutShort(String descriptor, String text, int start) {
		int n = 0;
		while (n < descriptor.length() && start + n < text.length()
				&& descriptor.charAt(n) == text.charAt(start + n)) {
			n++;
		}
		return n >= CUT && n < descriptor.length() && descriptor.charAt(n) != ' ' && descriptor.charAt(n - 1) != ' '
				&& descriptor.lastIndexOf(' ', n) > 0 && endsAWord(text, start + n);
	}

	private static boolean endsAWord(String text, int at) {
		return at == text.length() || text.charAt(at) == ' ';
	}

}
