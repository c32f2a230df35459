package io.ponte.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the encryption keys come from, newest first: {@code PONTE_ENCRYPTION_KEYS} (several, comma-separated),
 * {@code PONTE_ENCRYPTION_KEY} (one), or else the file {@code <data dir>/encryption.key} (one per line), generated
 * with a single key on the first start. The first key encrypts; the others only decrypt what is not re-encrypted
 * yet. Errors name the setting, never a key.
 */
public final class EncryptionKeys {

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private EncryptionKeys() {
	}

	/** The keys, newest (current) first. */
	static List<byte[]> load(Environment environment) {
		String many = environment.getProperty("ponte.encryption-keys");
		String one = environment.getProperty("ponte.encryption-key");
		if (StringUtils.hasText(many) && StringUtils.hasText(one)) {
			throw new IllegalStateException("Set PONTE_ENCRYPTION_KEY or PONTE_ENCRYPTION_KEYS, not both");
		}
		if (StringUtils.hasText(many)) {
			return parse(Arrays.asList(many.split("[,\\s]+")), "PONTE_ENCRYPTION_KEYS");
		}
		if (StringUtils.hasText(one)) {
			return parse(List.of(one), "PONTE_ENCRYPTION_KEY");
		}
		Path file = file(environment);
		try {
			if (Files.isRegularFile(file)) {
				return parse(Files.readAllLines(file), file.toString());
			}
			byte[] key = generate();
			write(file, encode(key) + "\n");
			log.warn("No PONTE_ENCRYPTION_KEY set: generated one in {}. Keep that file with the data; servers "
					+ "sharing a database must all be given the same PONTE_ENCRYPTION_KEY.", file);
			return List.of(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create " + file, ex);
		}
	}

	/** True when the keys come from the data folder's file rather than the environment. */
	public static boolean fromFile(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("ponte.encryption-keys"))
				&& !StringUtils.hasText(environment.getProperty("ponte.encryption-key"));
	}

	public static Path file(Environment environment) {
		return Path.of(environment.getProperty("ponte.data-dir", "./data"), "encryption.key");
	}

	/**
	 * Puts a new key first in the file, keeping the others for decryption; safe while a server runs (it reads the
	 * file at start only, and the file is replaced in one rename).
	 */
	public static void prependNewKey(Path file, byte[] key) {
		try {
			List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
			StringBuilder text = new StringBuilder(encode(key)).append('\n');
			lines.stream().filter(StringUtils::hasText).forEach(line -> text.append(line.strip()).append('\n'));
			write(file, text.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot rewrite " + file, ex);
		}
	}

	public static byte[] generate() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	public static String encode(byte[] key) {
		return Base64.getEncoder().encodeToString(key);
	}

	static List<byte[]> parse(List<String> texts, String source) {
		List<byte[]> keys = new ArrayList<>();
		for (String text : texts) {
			String trimmed = text.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			byte[] key;
			try {
				key = Base64.getDecoder().decode(trimmed);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("A key in " + source + " is not Base64 (expected 32 random bytes, "
						+ "Base64-encoded: openssl rand -base64 32)");
			}
			if (key.length != 32) {
				throw new IllegalStateException("A key in " + source + " is " + key.length
						+ " bytes; each must be 32 bytes, Base64-encoded (openssl rand -base64 32)");
			}
			if (keys.stream().anyMatch(k -> Arrays.equals(k, key))) {
				throw new IllegalStateException("A key appears twice in " + source);
			}
			keys.add(key);
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException(source + " holds no key");
		}
		return keys;
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		Files.createFile(temporary);
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the folder's own permissions protect it
		}
		Files.writeString(temporary, text);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
