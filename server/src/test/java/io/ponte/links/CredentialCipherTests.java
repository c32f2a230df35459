package io.ponte.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Ciphertexts name their key, so a ring of keys reads all of them while only the newest encrypts. */
class CredentialCipherTests {

	static final byte[] OLD = EncryptionKeys.generate();

	static final byte[] NEW = EncryptionKeys.generate();

	@Test
	void aCiphertextStartsWithTheFormatAndTheIdOfTheKeyThatSealedIt() {
		CredentialCipher cipher = new CredentialCipher(List.of(NEW, OLD));

		byte[] sealed = cipher.encrypt("{\"password\": \"x\"}", "link:1");

		assertThat(sealed[0]).isEqualTo(CredentialCipher.VERSION);
		assertThat(CredentialCipher.keyIdOf(sealed)).hasValue(CredentialCipher.idOf(NEW));
		assertThat(cipher.currentKeyId()).isEqualTo(CredentialCipher.idOf(NEW)).hasSize(8);
		assertThat(cipher.keyIds()).containsExactly(CredentialCipher.idOf(NEW), CredentialCipher.idOf(OLD));
		assertThat(cipher.isCurrent(sealed)).isTrue();
		assertThat(cipher.decrypt(sealed, "link:1")).isEqualTo("{\"password\": \"x\"}");
	}

	@Test
	void aRingWithTheOldKeyReadsWhatTheOldKeySealedAndReencryptsItUnderTheNewOne() {
		byte[] underOld = new CredentialCipher(List.of(OLD)).encrypt("secret", "link:1");
		CredentialCipher ring = new CredentialCipher(List.of(NEW, OLD));

		assertThat(ring.isCurrent(underOld)).isFalse();
		assertThat(ring.decrypt(underOld, "link:1")).isEqualTo("secret");
		byte[] underNew = ring.reencrypt(underOld, "link:1");

		assertThat(ring.isCurrent(underNew)).isTrue();
		assertThat(ring.reencrypt(underNew, "link:1")).as("already current: left as it is").isSameAs(underNew);
		assertThat(new CredentialCipher(List.of(NEW)).decrypt(underNew, "link:1")).isEqualTo("secret");
	}

	@Test
	void aCiphertextOfTheFirstFormatWithoutAKeyIdIsReadWithWhicheverKeyOpensIt() {
		byte[] legacy = legacySeal(OLD, "secret", "link:1");

		assertThat(new CredentialCipher(List.of(OLD)).decrypt(legacy, "link:1")).isEqualTo("secret");
		assertThat(new CredentialCipher(List.of(NEW, OLD)).decrypt(legacy, "link:1")).isEqualTo("secret");
		assertThat(new CredentialCipher(List.of(NEW, OLD)).reencrypt(legacy, "link:1")[0])
			.isEqualTo(CredentialCipher.VERSION);
		assertThat(CredentialCipher.keyIdOf(legacy)).isEmpty();
		assertThatThrownBy(() -> new CredentialCipher(List.of(NEW)).decrypt(legacy, "link:1"))
			.hasMessageContaining("none of the configured keys");
	}

	@Test
	void aCiphertextUnderAKeyNoLongerConfiguredNamesThatKeyButNeverAKeyItself() {
		byte[] underOld = new CredentialCipher(List.of(OLD)).encrypt("secret", "link:1");

		assertThatThrownBy(() -> new CredentialCipher(List.of(NEW)).decrypt(underOld, "link:1"))
			.hasMessageContaining(CredentialCipher.idOf(OLD))
			.hasMessageContaining("PONTE_ENCRYPTION_KEYS")
			.hasMessageNotContaining(EncryptionKeys.encode(OLD))
			.hasMessageNotContaining(EncryptionKeys.encode(NEW));
	}

	@Test
	void aCiphertextOpensOnlyForItsOwnerAndUnaltered() {
		CredentialCipher cipher = new CredentialCipher(List.of(NEW, OLD));
		byte[] sealed = cipher.encrypt("secret", "link:1");

		assertThatThrownBy(() -> cipher.decrypt(sealed, "link:2")).isInstanceOf(IllegalStateException.class);
		byte[] altered = sealed.clone();
		altered[altered.length - 1] ^= 1;
		assertThatThrownBy(() -> cipher.decrypt(altered, "link:1")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.decrypt(new byte[] { 9, 9, 9 }, "link:1"))
			.hasMessageContaining("Unknown credentials format");
	}

	/** The first version's format, written out here: version 1, nonce, AES-GCM with the owner as associated data. */
	static byte[] legacySeal(byte[] key, String plaintext, String owner) {
		try {
			byte[] nonce = new byte[12];
			new SecureRandom().nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + 12 + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
