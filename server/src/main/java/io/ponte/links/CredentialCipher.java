package io.ponte.links;

import io.ponte.api.AtRestEncryption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts end-user credentials at rest with AES-256-GCM. The key is {@code PONTE_ENCRYPTION_KEY} (32 bytes,
 * Base64); without it a key is generated once into the data folder, which suits the single embedded server but
 * not several instances on one database (they must share the configured key). Each ciphertext is bound to its
 * owner (associated data), so a value copied to another row does not decrypt.
 */
@Component
public class CredentialCipher implements AtRestEncryption {

	private static final Logger log = LoggerFactory.getLogger(CredentialCipher.class);

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private final byte[] macKey;

	@Autowired
	CredentialCipher(Environment environment) {
		this(loadKey(environment));
	}

	CredentialCipher(byte[] rawKey) {
		if (rawKey.length != 32) {
			throw new IllegalStateException("PONTE_ENCRYPTION_KEY must be 32 bytes, Base64-encoded");
		}
		this.key = new SecretKeySpec(rawKey, "AES");
		this.macKey = hmac(rawKey, "ponte institution user id".getBytes(StandardCharsets.UTF_8));
	}

	public byte[] encrypt(String plaintext, String owner) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt credentials", ex);
		}
	}

	public String decrypt(byte[] stored, String owner) {
		try {
			ByteBuffer buffer = ByteBuffer.wrap(stored);
			if (buffer.get() != VERSION) {
				throw new IllegalStateException("Unknown credentials format");
			}
			byte[] nonce = new byte[NONCE_BYTES];
			buffer.get(nonce);
			byte[] sealed = new byte[buffer.remaining()];
			buffer.get(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt credentials (wrong PONTE_ENCRYPTION_KEY?)", ex);
		}
	}

	/** A keyed, one-way digest: identifies a value without revealing it and differs for every key. */
	public byte[] digest(String value) {
		return hmac(this.macKey, value.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] loadKey(Environment environment) {
		String configured = environment.getProperty("ponte.encryption-key");
		if (StringUtils.hasText(configured)) {
			return Base64.getDecoder().decode(configured.trim());
		}
		Path file = Path.of(environment.getProperty("ponte.data-dir", "./data"), "encryption.key");
		try {
			if (Files.isRegularFile(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] key = new byte[32];
			RANDOM.nextBytes(key);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's own permissions protect it
			}
			log.warn("No PONTE_ENCRYPTION_KEY set: generated one in {}. Keep that file with the data; servers "
					+ "sharing a database must all be given the same PONTE_ENCRYPTION_KEY.", file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create " + file, ex);
		}
	}

}
