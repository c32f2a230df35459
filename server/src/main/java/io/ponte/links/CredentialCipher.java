package io.ponte.links;

import io.ponte.api.AtRestEncryption;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (end users' credentials, MFA sessions, webhook secrets) with AES-256-GCM, under a ring
 * of keys ({@link EncryptionKeys}): the first encrypts, all decrypt, so the key can be rotated while stored
 * ciphertexts are re-encrypted in the background. Each ciphertext names its key: {@code 0x02}, the key's 4-byte id
 * (derived from the key, so nobody has to name keys), a 12-byte nonce, then the sealed bytes. Ciphertexts of the
 * first format ({@code 0x01}, no key id) are still read, by trying each key. Each ciphertext is bound to its owner
 * (associated data, with the header), so a value copied to another row does not decrypt.
 */
@Component
public class CredentialCipher implements AtRestEncryption {

	static final byte LEGACY = 1;

	static final byte VERSION = 2;

	/** Version and key id: what a ciphertext starts with, and what re-encryption compares. */
	static final int HEADER_BYTES = 5;

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final List<Key> keys;

	@Autowired
	CredentialCipher(Environment environment) {
		this(EncryptionKeys.load(environment));
	}

	CredentialCipher(List<byte[]> rawKeys) {
		List<Key> keys = new ArrayList<>();
		for (byte[] raw : rawKeys) {
			if (raw.length != 32) {
				throw new IllegalStateException("An encryption key must be 32 bytes, Base64-encoded");
			}
			Key key = new Key(id(raw), new SecretKeySpec(raw, "AES"), raw.clone());
			if (keys.stream().anyMatch(k -> Arrays.equals(k.id(), key.id()))) {
				throw new IllegalStateException("Two encryption keys have the same id " + key.hexId());
			}
			keys.add(key);
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException("No encryption key");
		}
		this.keys = List.copyOf(keys);
	}

	public byte[] encrypt(String plaintext, String owner) {
		Key key = this.keys.getFirst();
		byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(VERSION).put(key.id()).array();
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(header);
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(HEADER_BYTES + NONCE_BYTES + sealed.length)
				.put(header)
				.put(nonce)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt credentials", ex);
		}
	}

	public String decrypt(byte[] stored, String owner) {
		if (stored.length > 0 && stored[0] == LEGACY) {
			return decryptLegacy(stored, owner);
		}
		if (stored.length < HEADER_BYTES + NONCE_BYTES || stored[0] != VERSION) {
			throw new IllegalStateException("Unknown credentials format");
		}
		byte[] id = Arrays.copyOfRange(stored, 1, HEADER_BYTES);
		Key key = this.keys.stream()
			.filter(k -> Arrays.equals(k.id(), id))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Cannot decrypt credentials: they are under encryption key "
					+ HexFormat.of().formatHex(id) + ", which is not among the configured keys "
					+ keyIds() + " (see PONTE_ENCRYPTION_KEYS)"));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key.spec(),
					new GCMParameterSpec(128, stored, HEADER_BYTES, NONCE_BYTES));
			cipher.updateAAD(stored, 0, HEADER_BYTES);
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			int offset = HEADER_BYTES + NONCE_BYTES;
			return new String(cipher.doFinal(stored, offset, stored.length - offset), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt credentials under key " + key.hexId()
					+ " (altered, or sealed for another owner)", ex);
		}
	}

	/** Whether a ciphertext is under the current key: re-encryption leaves those alone. */
	public boolean isCurrent(byte[] stored) {
		return Arrays.equals(stored, 0, HEADER_BYTES, currentHeader(), 0, HEADER_BYTES);
	}

	/** The first bytes of every ciphertext under the current key, for queries that find the others. */
	public byte[] currentHeader() {
		return ByteBuffer.allocate(HEADER_BYTES).put(VERSION).put(this.keys.getFirst().id()).array();
	}

	/** The same secret under the current key (a ciphertext already under it is returned as it is). */
	public byte[] reencrypt(byte[] stored, String owner) {
		return isCurrent(stored) ? stored : encrypt(decrypt(stored, owner), owner);
	}

	public String currentKeyId() {
		return this.keys.getFirst().hexId();
	}

	/** Ids of every configured key, current first. */
	public List<String> keyIds() {
		return this.keys.stream().map(Key::hexId).toList();
	}

	/** A key's id: 4 bytes of a keyed digest of it, which name it without revealing anything of it. */
	public static String idOf(byte[] rawKey) {
		return HexFormat.of().formatHex(id(rawKey));
	}

	private static byte[] id(byte[] rawKey) {
		return Arrays.copyOf(hmac(rawKey, "ponte key id".getBytes(StandardCharsets.UTF_8)), 4);
	}

	/** The key id a ciphertext's header names; empty for the first format, which named none. */
	public static Optional<String> keyIdOf(byte[] header) {
		if (header.length < HEADER_BYTES || header[0] != VERSION) {
			return Optional.empty();
		}
		return Optional.of(HexFormat.of().formatHex(header, 1, HEADER_BYTES));
	}

	/**
	 * The digest key the first version derived from its single key, so institution user ids stay what they were;
	 * derived from the oldest configured key, which is that key when a deployment upgrades.
	 */
	byte[] legacyDigestKey() {
		return hmac(this.keys.getLast().raw(), "ponte institution user id".getBytes(StandardCharsets.UTF_8));
	}

	static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first format: version 1, nonce, sealed bytes, the owner as associated data; its key is not named. */
	private String decryptLegacy(byte[] stored, String owner) {
		for (Key key : this.keys) {
			try {
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(128, stored, 1, NONCE_BYTES));
				cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
				int offset = 1 + NONCE_BYTES;
				return new String(cipher.doFinal(stored, offset, stored.length - offset), StandardCharsets.UTF_8);
			}
			catch (GeneralSecurityException ex) {
				// not this key: try the next
			}
		}
		throw new IllegalStateException("Cannot decrypt credentials: none of the configured keys " + keyIds()
				+ " opens them (wrong PONTE_ENCRYPTION_KEY?)");
	}

	private record Key(byte[] id, SecretKeySpec spec, byte[] raw) {

		String hexId() {
			return HexFormat.of().formatHex(this.id);
		}

	}

}
