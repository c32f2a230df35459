package io.ponte.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the key ring comes from, newest first, and what is refused. */
class EncryptionKeysTests {

	static final String A = EncryptionKeys.encode(EncryptionKeys.generate());

	static final String B = EncryptionKeys.encode(EncryptionKeys.generate());

	@TempDir
	Path dir;

	@Test
	void severalKeysComeCommaSeparatedNewestFirst() {
		List<byte[]> keys = EncryptionKeys.load(environment().withProperty("ponte.encryption-keys", B + ", " + A));

		assertThat(keys).hasSize(2);
		assertThat(EncryptionKeys.encode(keys.get(0))).isEqualTo(B);
		assertThat(EncryptionKeys.encode(keys.get(1))).isEqualTo(A);
	}

	@Test
	void oneKeyAloneIsTheWholeRing() {
		assertThat(EncryptionKeys.load(environment().withProperty("ponte.encryption-key", A))).hasSize(1);
	}

	@Test
	void withoutConfigurationAKeyIsGeneratedIntoTheDataFolderForOwnerEyesOnlyAndReadAgain() throws IOException {
		MockEnvironment environment = environment();

		byte[] generated = EncryptionKeys.load(environment).getFirst();

		Path file = this.dir.resolve("encryption.key");
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(EncryptionKeys.load(environment)).singleElement().isEqualTo(generated);
	}

	@Test
	void aNewKeyGoesFirstInTheFileAndTheOthersStayToDecrypt() {
		MockEnvironment environment = environment();
		byte[] first = EncryptionKeys.load(environment).getFirst();
		byte[] second = EncryptionKeys.generate();

		EncryptionKeys.prependNewKey(EncryptionKeys.file(environment), second);

		assertThat(EncryptionKeys.load(environment)).containsExactly(second, first);
	}

	@Test
	void badKeysAreRefusedWithoutShowingThem() {
		String short16 = EncryptionKeys.encode(new byte[16]);

		assertThatThrownBy(() -> EncryptionKeys.load(environment().withProperty("ponte.encryption-keys", A + "," + A)))
			.hasMessageContaining("twice");
		assertThatThrownBy(() -> EncryptionKeys.load(environment().withProperty("ponte.encryption-key", short16)))
			.hasMessageContaining("16 bytes")
			.hasMessageNotContaining(short16);
		assertThatThrownBy(() -> EncryptionKeys.load(environment().withProperty("ponte.encryption-key", "%%%")))
			.hasMessageContaining("not Base64");
		assertThatThrownBy(() -> EncryptionKeys.load(
				environment().withProperty("ponte.encryption-key", A).withProperty("ponte.encryption-keys", B)))
			.hasMessageContaining("not both");
	}

	private MockEnvironment environment() {
		return new MockEnvironment().withProperty("ponte.data-dir", this.dir.toString());
	}

}
