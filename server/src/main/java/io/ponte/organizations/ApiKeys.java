package io.ponte.organizations;

import io.ponte.api.Caller;
import io.ponte.api.Environment;
import io.ponte.api.KeyAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Organizations' API keys: creation, rotation, revocation, and the Basic-auth check. A bcrypt check costs tens of milliseconds by
 * design, so a successful check is remembered for a short while ({@code ponte.api-keys.remember-for}, 60 s by
 * default), keyed by a SHA-256 of the pair (never the password itself). The cache is only an optimisation: any
 * instance can verify any key from the database; that while bounds how long a key revoked elsewhere still works here.
 */
@Service
public class ApiKeys implements KeyAuthenticator {

	private static final int MAX_CACHED = 10_000;

	/** bcrypt reads at most 72 bytes; longer input is refused rather than silently truncated. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OrganizationDao dao;

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);

	/**
	 * Compared against when the secret id is unknown, so a miss costs as long as a wrong password: a bcrypt hash of
	 * the same cost, written out rather than computed, since computing it took a tenth of a second of every start.
	 */
	static final String DECOY_HASH = "$2a$10$aDpE.cbYSCWXdOH2SJGvO.t1gCiu8uoUtErxH.vTJzm7UjIjxOpTi";

	private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

	/**
	 * Advanced once a revocation has committed. A check that read the key before that moment may still be
	 * running; its cache entry carries the older generation and is ignored.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final Clock clock;

	/** How long an accepted pair is remembered; a key revoked on another instance works here that long at most. */
	private final Duration rememberFor;

	ApiKeys(OrganizationDao dao, Clock clock, @Value("${ponte.api-keys.remember-for:60s}") Duration rememberFor) {
		if (rememberFor.isNegative()) {
			throw new IllegalArgumentException("ponte.api-keys.remember-for cannot be negative");
		}
		this.dao = dao;
		this.clock = clock;
		this.rememberFor = rememberFor;
	}

	@Override
	public Optional<Caller> authenticate(String secretId, String secretPassword) {
		if (!plausible(secretId, secretPassword)) {
			return Optional.empty();
		}
		String cacheKey = digest(secretId, secretPassword);
		long generation = this.generation.get();
		Optional<Caller> hit = hit(cacheKey, generation);
		if (hit.isPresent()) {
			return hit;
		}
		long now = System.nanoTime();
		Optional<ApiKeyRow> key = this.dao.findKey(secretId).filter(k -> k.activeAt(this.clock.instant()));
		if (key.isEmpty()) {
			this.encoder.matches(secretPassword, DECOY_HASH);
			return Optional.empty();
		}
		if (!this.encoder.matches(secretPassword, key.get().secretHash())) {
			return Optional.empty();
		}
		Caller caller = new Caller(key.get().organizationId(), key.get().id(), key.get().environment());
		if (this.verified.size() >= MAX_CACHED) {
			this.verified.clear();
		}
		this.verified.put(cacheKey, new Verified(caller, now, generation,
				key.get().expiresAt() == null ? null : key.get().expiresAt().toInstant()));
		return Optional.of(caller);
	}

	/** A pair that {@link #authenticate} accepted within {@link #rememberFor}: no database read, no bcrypt. */
	@Override
	public Optional<Caller> remembered(String secretId, String secretPassword) {
		if (!plausible(secretId, secretPassword)) {
			return Optional.empty();
		}
		return hit(digest(secretId, secretPassword), this.generation.get());
	}

	private Optional<Caller> hit(String cacheKey, long generation) {
		Verified hit = this.verified.get(cacheKey);
		if (hit != null && hit.generation() == generation && System.nanoTime() - hit.at() < this.rememberFor.toNanos()
				&& (hit.expiresAt() == null || this.clock.instant().isBefore(hit.expiresAt()))) {
			return Optional.of(hit.caller());
		}
		return Optional.empty();
	}

	private static boolean plausible(String secretId, String secretPassword) {
		return secretId.length() <= 200 && secretPassword.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

	/** A new key with a generated secret id and password for an existing organization. */
	@Transactional
	public NewKey create(UUID organizationId, Environment environment, String description) {
		String secretId = UUID.randomUUID().toString();
		String password = generatePassword();
		insert(organizationId, secretId, password, environment, description);
		return new NewKey(organizationId, secretId, password, environment);
	}

	/** A new organization with one key: how tests and the {@code keys create} command make tenants. */
	@Transactional
	public NewKey createOrganization(String name, Environment environment) {
		UUID organization = this.dao.insertOrganization(name);
		return create(organization, environment, "created with the organization");
	}

	@Transactional
	public boolean revoke(String secretId) {
		boolean revoked = this.dao.revokeKey(secretId) > 0;
		forgetVerifiedAfterCommit();
		return revoked;
	}

	/**
	 * Replaces an active key by a new one of the same organization and environment; the old one keeps working for
	 * {@code overlap} (or less, if it already expired sooner), so clients can move to the new pair without a
	 * moment of refusals. Empty when the key is unknown, revoked or expired.
	 */
	@Transactional
	public Optional<Rotation> rotate(String secretId, Duration overlap) {
		if (overlap.isNegative()) {
			throw new IllegalArgumentException("The overlap cannot be negative");
		}
		Optional<ApiKeyRow> old = this.dao.lockKey(secretId).filter(k -> k.activeAt(this.clock.instant()));
		if (old.isEmpty()) {
			return Optional.empty();
		}
		NewKey key = create(old.get().organizationId(), old.get().environment(), "rotated from " + secretId);
		OffsetDateTime expires = this.dao.expireKey(secretId, this.clock.instant().plus(overlap));
		forgetVerifiedAfterCommit();
		return Optional.of(new Rotation(key, secretId, expires.toInstant()));
	}

	/** A rotation's outcome: the new key (its password shown only now) and when the old one stops working. */
	public record Rotation(NewKey key, String oldSecretId, Instant oldKeyExpiresAt) {
	}

	private void forgetVerifiedAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// until the commit, other connections still read the key as active and may cache it again
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetVerified();
				}
			});
		}
		else {
			forgetVerified();
		}
	}

	private void forgetVerified() {
		this.generation.incrementAndGet();
		this.verified.clear();
	}

	void insert(UUID organizationId, String secretId, String password, Environment environment, String description) {
		this.dao.insertKey(new ApiKeyRow(organizationId, UUID.randomUUID(), secretId, hash(password), environment,
				description, null, null, null));
	}

	String hash(String password) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new IllegalArgumentException("A secret password must be at most 72 bytes");
		}
		return this.encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		return this.encoder.matches(password, hash);
	}

	/** 48 random bytes, URL-safe Base64: 64 characters, within bcrypt's 72-byte input. */
	static String generatePassword() {
		byte[] bytes = new byte[48];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String digest(String secretId, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(secretId.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Verified(Caller caller, long at, long generation, Instant expiresAt) {
	}

}
