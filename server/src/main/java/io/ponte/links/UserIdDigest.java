package io.ponte.links;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The keyed digest behind {@code institution_user_id}. Its key must never change (the id of an end user must stay
 * the same), so it cannot be an encryption key, which rotates: it is a server secret, stored sealed in
 * {@code server_secrets} and re-encrypted like any other. The first server to need it stores the key the first
 * version derived from its single encryption key, so ids issued before keep their value.
 */
@Component
class UserIdDigest {

	static final String NAME = "institution-user-id-key";

	private final byte[] key;

	UserIdDigest(JdbcClient jdbc, CredentialCipher cipher) {
		String owner = owner(NAME);
		jdbc.sql("insert into server_secrets (name, value) values (?, ?) on conflict (name) do nothing")
			.params(NAME, cipher.encrypt(Base64.getEncoder().encodeToString(cipher.legacyDigestKey()), owner))
			.update();
		byte[] sealed = jdbc.sql("select value from server_secrets where name = ?")
			.param(NAME)
			.query(byte[].class)
			.single();
		this.key = Base64.getDecoder().decode(cipher.decrypt(sealed, owner));
	}

	/** Server secrets, for re-encryption under a new key: owners as {@link #owner} builds them. */
	@Bean
	static SealedColumn serverSecrets() {
		return SealedColumn.of("server_secrets", "value", "'server-secret:' || name", "name");
	}

	static String owner(String name) {
		return "server-secret:" + name;
	}

	byte[] digest(String value) {
		return CredentialCipher.hmac(this.key, value.getBytes(StandardCharsets.UTF_8));
	}

}
