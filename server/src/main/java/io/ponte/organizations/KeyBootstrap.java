package io.ponte.organizations;

import io.ponte.api.Environment;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Makes sure a fresh server can be called at once. With {@code PONTE_SECRET_ID}/{@code PONTE_SECRET_PASSWORD}
 * set, that pair is a sandbox key of the default organization (the configured password wins, and a configured key
 * revoked or rotated away works again: the configuration says it should). Otherwise,
 * on the very first start, a sandbox key is generated and printed to the console (not logged) with a ready curl
 * line; it is never shown again, since only its hash is kept.
 */
@Component
@Profile("!cli")
class KeyBootstrap {

	static final String DEFAULT_ORGANIZATION = "default";

	private static final Logger log = LoggerFactory.getLogger(KeyBootstrap.class);

	private final OrganizationDao dao;

	private final ApiKeys keys;

	private final TransactionTemplate transaction;

	private final org.springframework.core.env.Environment environment;

	KeyBootstrap(OrganizationDao dao, ApiKeys keys, TransactionTemplate transaction,
			org.springframework.core.env.Environment environment) {
		this.dao = dao;
		this.keys = keys;
		this.transaction = transaction;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void bootstrap() {
		String secretId = this.environment.getProperty("ponte.secret-id");
		String password = this.environment.getProperty("ponte.secret-password");
		String port = this.environment.getProperty("local.server.port", "8080");
		if (StringUtils.hasText(secretId) != StringUtils.hasText(password)) {
			throw new IllegalStateException("Set both PONTE_SECRET_ID and PONTE_SECRET_PASSWORD, or neither");
		}
		if (StringUtils.hasText(secretId)) {
			this.transaction.executeWithoutResult(status -> configuredKey(secretId, password));
			log.info("API key {} (from PONTE_SECRET_ID) is ready: curl -u \"$PONTE_SECRET_ID:$PONTE_SECRET_PASSWORD\" "
					+ "http://localhost:{}/api/institutions/", secretId, port);
			return;
		}
		Optional<NewKey> generated = this.transaction.execute(status -> firstKey());
		if (generated != null && generated.isPresent()) {
			NewKey key = generated.get();
			// the password goes to the console only, never through the logging system: no log file, structured
			// log or log shipper ever holds it
			System.out.printf("""

					====================================================================================
					 Ponte is ready. A sandbox API key was created for you; it is shown only this once.
					   secret id:       %1$s
					   secret password: %2$s
					 Try it:
					   curl -u '%1$s:%2$s' http://localhost:%3$s/api/institutions/
					 More keys: ./ponte keys create, or the keys command in a container (see README)
					====================================================================================
					%n""", key.secretId(), key.secretPassword(), port);
			System.out.flush();
			log.info("Ponte is ready on port {}. A sandbox API key {} was created; its password was printed to the "
					+ "console, once.", port, key.secretId());
		}
		else {
			log.info("Ponte is ready on port {}. Use an existing API key, or create one with 'keys create' (see README).",
					port);
		}
	}

	private void configuredKey(String secretId, String password) {
		this.dao.lockBootstrap();
		Optional<ApiKeyRow> existing = this.dao.findKey(secretId);
		if (existing.isPresent()) {
			if (!existing.get().activeAt(Instant.now()) || !this.keys.matches(password, existing.get().secretHash())) {
				this.dao.updateKeyHash(secretId, this.keys.hash(password));
			}
			return;
		}
		this.keys.insert(defaultOrganization(), secretId, password, Environment.SANDBOX, "from PONTE_SECRET_ID");
	}

	private Optional<NewKey> firstKey() {
		this.dao.lockBootstrap();
		if (this.dao.countKeys() > 0) {
			return Optional.empty();
		}
		return Optional.of(this.keys.create(defaultOrganization(), Environment.SANDBOX, "generated on first start"));
	}

	private UUID defaultOrganization() {
		return this.dao.findOrganizationByName(DEFAULT_ORGANIZATION)
			.orElseGet(() -> this.dao.insertOrganization(DEFAULT_ORGANIZATION));
	}

}
