package io.ponte.connectors.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * Independent random streams for the facets of a person. Each facet (identity, income, habits, each day's
 * spending...) draws from its own stream derived from the person's seed and the facet's name, so adding a draw
 * to one facet never changes what another facet, or another day, already produced.
 */
final class Draws {

	private Draws() {
	}

	/** A 64-bit seed from text: stable across JVMs and releases (unlike {@code String.hashCode} mixing). */
	static long seed(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			long seed = 0;
			for (int i = 0; i < 8; i++) {
				seed = (seed << 8) | (digest[i] & 0xff);
			}
			return seed;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The seed of a named facet of {@code seed}. */
	static long mix(long seed, String facet) {
		return mix(seed, facet.hashCode() * 0x9E3779B97F4A7C15L);
	}

	/** The seed of a facet for one day (or any other number: a month, a year, an index). */
	static long mix(long seed, String facet, long index) {
		return mix(mix(seed, facet), index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
	}

	static long mix(long seed, long value) {
		long z = seed + value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static SplittableRandom stream(long seed, String facet) {
		return new SplittableRandom(mix(seed, facet));
	}

	static SplittableRandom stream(long seed, String facet, LocalDate day) {
		return new SplittableRandom(mix(seed, facet, day.toEpochDay()));
	}

	static SplittableRandom stream(long seed, String facet, long index) {
		return new SplittableRandom(mix(seed, facet, index));
	}

	static <T> T pick(SplittableRandom random, List<T> options) {
		return options.get(random.nextInt(options.size()));
	}

	/** Picks by weight; {@code skew} above 1 favours the head of the list further (common surnames). */
	static <T> T weighted(SplittableRandom random, List<T> options, ToIntFunction<T> weight) {
		long total = 0;
		for (T option : options) {
			total += weight.applyAsInt(option);
		}
		long target = random.nextLong(total);
		for (T option : options) {
			target -= weight.applyAsInt(option);
			if (target < 0) {
				return option;
			}
		}
		return options.getLast();
	}

	/** Picks toward the head of a list ordered by frequency (a Zipf-like draw). */
	static <T> T headward(SplittableRandom random, List<T> options) {
		double u = random.nextDouble();
		return options.get((int) Math.min(options.size() - 1, Math.floor(options.size() * u * u)));
	}

	static boolean chance(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

	/** A log-normal draw with median {@code median} and log-sd {@code sigma}. */
	static double logNormal(SplittableRandom random, double median, double sigma) {
		return median * Math.exp(sigma * gaussian(random));
	}

	static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	static int between(SplittableRandom random, int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	static String digits(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder(count);
		text.append(1 + random.nextInt(9));
		while (text.length() < count) {
			text.append(random.nextInt(10));
		}
		return text.toString();
	}

}
