package io.ponte.links;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.connectors.Connector;
import io.ponte.connectors.ConnectorRegistry;
import io.ponte.connectors.Credentials;
import io.ponte.connectors.LoginResult;
import io.ponte.connectors.MfaChallenge;
import io.ponte.connectors.Session;
import io.ponte.institutions.InstitutionCatalog;
import io.ponte.institutions.InstitutionEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of a link: registration (with MFA), resuming an MFA session, updating credentials, changing
 * settings, deletion, and logging in again for later retrievals. Logins happen outside database transactions
 * (a real institution can take seconds); each change to the database is one transaction.
 */
@Service
public class Links {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Links.class);

	static final String PURPOSE_REGISTER = "register";

	static final String PURPOSE_UPDATE = "update";

	static final String PURPOSE_REFRESH = "refresh";

	/** Belvo lets a link be refreshed on demand once every 7 minutes. */
	static final java.time.Duration REFRESH_INTERVAL = java.time.Duration.ofMinutes(7);

	private final LinkDao links;

	private final MfaSessions sessions;

	private final InstitutionCatalog institutions;

	private final ConnectorRegistry connectors;

	private final CredentialCipher cipher;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	/** Looked up lazily: the loader stores data through retrievals, which themselves log in through links. */
	private final ObjectProvider<HistoricalLoader> history;

	Links(LinkDao links, MfaSessions sessions, InstitutionCatalog institutions, ConnectorRegistry connectors,
			CredentialCipher cipher, JsonMapper json, TransactionTemplate transaction,
			ObjectProvider<HistoricalLoader> history) {
		this.links = links;
		this.sessions = sessions;
		this.institutions = institutions;
		this.connectors = connectors;
		this.cipher = cipher;
		this.json = json;
		this.transaction = transaction;
		this.history = history;
	}

	/** {@code POST /api/links/}: 201 with the link, 428 when the institution asks for a token, 400 otherwise. */
	public Link register(Caller caller, JsonBody body) {
		String institutionName = body.requiredString("institution");
		InstitutionEntry institution = this.institutions.byName(institutionName, caller.environment())
			.orElseThrow(() -> ApiException.doesNotExist("institution", "name", institutionName));
		Credentials credentials = credentials(body, institution, null);
		String token = body.optionalString("token");
		String accessMode = body.has("access_mode") ? body.optionalChoice("access_mode", LinkRequests.ACCESS_MODES)
				: "recurrent";
		String storage = LinkRequests.credentialsStorage(body);
		List<String> fetchResources = LinkRequests.fetchResources(body, institution, institution.resources());
		LinkRequests.checkStorageFitsMode(accessMode, storage, fetchResources);
		String staleIn = LinkRequests.staleIn(body, "365d");
		String externalId = LinkRequests.externalId(body);
		checkInstitutionUp(institution);

		LoginResult result = connector(institution).login(credentials, token, null);
		if (result instanceof LoginResult.Failure failure) {
			throw loginFailure(failure);
		}
		OffsetDateTime now = now();
		UUID id = UUID.randomUUID();
		boolean loggedIn = result instanceof LoginResult.Success;
		LinkRow row = new LinkRow(caller.organizationId(), id, caller.environment().value(), institution.id(),
				institution.name(), accessMode, loggedIn ? "valid" : "unconfirmed", externalId,
				institutionUserId(caller, institution.name(), credentials.username()), caller.keyId(),
				"recurrent".equals(accessMode) ? "7d" : null, storage, fetchResources, staleIn,
				loggedIn ? sealed(caller, id, storage, credentials) : null, loggedIn ? expiry(storage, now) : null, now,
				loggedIn ? now : null, null);
		if (loggedIn) {
			this.transaction.executeWithoutResult(status -> this.links.insert(row));
			loadHistoryAfterLogin(caller, row.view(), institution, ((LoginResult.Success) result).session(),
					fetchResources);
			return this.links.find(caller, id).orElseThrow().view();
		}
		MfaChallenge challenge = ((LoginResult.TokenRequired) result).challenge();
		throw this.transaction.execute(status -> {
			this.links.insert(row);
			return this.sessions.open(caller, id, PURPOSE_REGISTER, challenge, credentials, null);
		});
	}

	/** {@code PATCH /api/links/}: answers a pending challenge of a registration or a credentials update. */
	public Link resume(Caller caller, JsonBody body) {
		String sessionId = body.requiredString("session");
		UUID linkId = body.requiredUuid("link");
		String token = body.optionalString("token");
		LinkRow link = this.links.find(caller, linkId).orElseThrow(ApiException::notFound);
		MfaSession session = this.sessions.take(caller, sessionId, linkId);
		InstitutionEntry institution = institution(link);
		LoginResult result = connector(institution).login(session.credentials(), token, session.challenge());
		return switch (result) {
			case LoginResult.Success success -> {
				OffsetDateTime now = now();
				this.transaction.executeWithoutResult(status -> this.links.markValid(caller.organizationId(), linkId,
						sealed(caller, linkId, link.credentialsStorage(), session.credentials()),
						expiry(link.credentialsStorage(), now), now));
				if (PURPOSE_REGISTER.equals(session.purpose()) || PURPOSE_REFRESH.equals(session.purpose())) {
					loadHistoryAfterLogin(caller, link.view(), institution, success.session(),
							requestedResources(session.request(), link.fetchResources()));
				}
				yield this.links.find(caller, linkId).orElseThrow().view();
			}
			case LoginResult.TokenRequired again -> throw this.sessions.open(caller, linkId, session.purpose(),
					again.challenge(), session.credentials(), session.request());
			case LoginResult.Failure failure -> {
				if (PURPOSE_UPDATE.equals(session.purpose())) {
					this.links.updateStatus(caller.organizationId(), linkId, "invalid");
				}
				throw loginFailure(failure);
			}
		};
	}

	public Link detail(Caller caller, UUID id) {
		return this.links.find(caller, id).orElseThrow(ApiException::notFound).view();
	}

	/** {@code PUT /api/links/{id}/}: new credentials for the same end user; fixes an invalid link. */
	public Link updateCredentials(Caller caller, UUID id, JsonBody body) {
		LinkRow link = this.links.find(caller, id).orElseThrow(ApiException::notFound);
		InstitutionEntry institution = institution(link);
		Credentials stored = storedCredentials(caller, link);
		Credentials credentials = credentials(body, institution, stored);
		String token = body.optionalString("token");
		LoginResult result = connector(institution).login(credentials, token, null);
		return switch (result) {
			case LoginResult.Success success -> {
				OffsetDateTime now = now();
				this.transaction.executeWithoutResult(status -> this.links.markValid(caller.organizationId(), id,
						sealed(caller, id, link.credentialsStorage(), credentials),
						expiry(link.credentialsStorage(), now), now));
				yield this.links.find(caller, id).orElseThrow().view();
			}
			case LoginResult.TokenRequired required -> throw this.sessions.open(caller, id, PURPOSE_UPDATE,
					required.challenge(), credentials, null);
			case LoginResult.Failure failure -> {
				if ("login_error".equals(failure.code())) {
					this.links.updateStatus(caller.organizationId(), id, "invalid");
				}
				throw loginFailure(failure);
			}
		};
	}

	/** {@code PATCH /api/links/{id}/}: access mode, stale_in and fetch_resources. */
	public Link modify(Caller caller, UUID id, JsonBody body) {
		return this.transaction.execute(status -> {
			LinkRow link = this.links.lock(caller, id).orElseThrow(ApiException::notFound);
			InstitutionEntry institution = institution(link);
			String accessMode = body.has("access_mode")
					? body.optionalChoice("access_mode", LinkRequests.ACCESS_MODES) : link.accessMode();
			String staleIn = LinkRequests.staleIn(body, link.staleIn());
			List<String> fetchResources = LinkRequests.fetchResources(body, institution, link.fetchResources());
			if ("recurrent".equals(accessMode) && !link.hasUsableCredentials(now())) {
				throw ApiException.recurrentLinkNeedsCredentials();
			}
			String refreshRate = "recurrent".equals(accessMode)
					? (link.refreshRate() != null ? link.refreshRate() : "7d") : null;
			this.links.updateSettings(caller.organizationId(), id, accessMode, refreshRate, staleIn, fetchResources);
			return this.links.find(caller, id).orElseThrow().view();
		});
	}

	/**
	 * {@code POST /api/links/{id}/refresh/}: loads the link's historical data again now. At most once per
	 * {@link #REFRESH_INTERVAL}, claimed atomically so two concurrent calls cannot both run.
	 */
	public void refresh(Caller caller, UUID id, JsonBody body) {
		LinkRow link = this.links.find(caller, id).orElseThrow(ApiException::notFound);
		List<String> resources = LinkRequests.fetchResources(body, institution(link), link.fetchResources());
		OffsetDateTime now = now();
		if (!this.links.claimRefresh(caller.organizationId(), id, now, now.minus(REFRESH_INTERVAL))) {
			throw ApiException.linkRefreshed();
		}
		boolean done = false;
		try {
			tools.jackson.databind.node.ObjectNode request = this.json.createObjectNode();
			request.set("fetch_resources", this.json.valueToTree(resources));
			LinkLogin login = login(caller, id, null, PURPOSE_REFRESH, request);
			loadHistory(caller, login.link(), login.institution(), login.session(), resources);
			done = true;
		}
		finally {
			if (!done) {
				this.links.restoreRefresh(caller.organizationId(), id, link.lastRefreshedAt());
			}
		}
	}

	/**
	 * The link exists once the login succeeded; a historical load that fails then (the institution times out,
	 * say) leaves it without data rather than failing its creation. The data can be retrieved or refreshed later.
	 */
	private void loadHistoryAfterLogin(Caller caller, Link link, InstitutionEntry institution, Session session,
			List<String> resources) {
		try {
			loadHistory(caller, link, institution, session, resources);
		}
		catch (RuntimeException ex) {
			log.warn("Historical load of link {} failed; the link stays, without that data", link.id(), ex);
		}
	}

	private void loadHistory(Caller caller, Link link, InstitutionEntry institution, Session session,
			List<String> resources) {
		HistoricalLoader loader = this.history.getIfAvailable();
		if (loader != null && !resources.isEmpty()) {
			loader.load(caller, new LinkLogin(link, institution, connector(institution), session, null), resources);
		}
	}

	private static List<String> requestedResources(JsonNode request, List<String> absent) {
		if (request == null || !request.has("fetch_resources")) {
			return absent;
		}
		List<String> resources = new java.util.ArrayList<>();
		request.get("fetch_resources").forEach(r -> resources.add(r.asString()));
		return resources;
	}

	public void delete(Caller caller, UUID id) {
		if (!this.transaction.execute(status -> this.links.delete(caller, id))) {
			throw ApiException.notFound();
		}
	}

	/**
	 * Logs in again with the link's stored credentials, for a retrieval. A link that is not valid, or whose
	 * credentials were not kept, cannot log in; a token, when the institution asks for one, opens an MFA session
	 * remembering {@code request} so the retrieval can be resumed.
	 */
	public LinkLogin login(Caller caller, UUID linkId, String token, String purpose, JsonNode request) {
		// a link the caller cannot see is a bad field of the request body, as Belvo answers it (the retrieval
		// routes describe no 404)
		LinkRow link = this.links.find(caller, linkId).orElseThrow(ApiException::notFound);
		switch (link.status()) {
			case "invalid" -> throw ApiException.linkInvalidated();
			case "unconfirmed" -> throw ApiException.linkUnconfirmed();
			default -> {
			}
		}
		if (!link.hasUsableCredentials(now())) {
			throw ApiException.credentialsNoLongerStored();
		}
		InstitutionEntry institution = institution(link);
		checkInstitutionUp(institution);
		Credentials credentials = storedCredentials(caller, link);
		return finishLogin(caller, link, institution, connector(institution).login(credentials, token, null),
				credentials, purpose, request);
	}

	/** Resumes the MFA session of a retrieval; the session's original request comes back with the login. */
	public LinkLogin resumeLogin(Caller caller, UUID linkId, String sessionId, String token) {
		LinkRow link = this.links.find(caller, linkId).orElseThrow(ApiException::notFound);
		MfaSession session = this.sessions.take(caller, sessionId, linkId);
		InstitutionEntry institution = institution(link);
		return finishLogin(caller, link, institution,
				connector(institution).login(session.credentials(), token, session.challenge()),
				session.credentials(), session.purpose(), session.request());
	}

	private LinkLogin finishLogin(Caller caller, LinkRow link, InstitutionEntry institution, LoginResult result,
			Credentials credentials, String purpose, JsonNode request) {
		return switch (result) {
			case LoginResult.Success success -> {
				if (!"valid".equals(link.status())) {
					this.links.updateStatus(caller.organizationId(), link.id(), "valid");
				}
				this.links.touchAccessed(caller.organizationId(), link.id(), now());
				yield new LinkLogin(link.view(), institution, connector(institution), success.session(), request);
			}
			case LoginResult.TokenRequired required -> {
				this.links.updateStatus(caller.organizationId(), link.id(), "token_required");
				throw this.sessions.open(caller, link.id(), purpose, required.challenge(), credentials, request);
			}
			case LoginResult.Failure failure -> {
				if ("login_error".equals(failure.code())) {
					this.links.updateStatus(caller.organizationId(), link.id(), "invalid");
				}
				throw loginFailure(failure);
			}
		};
	}

	/** A logged-in link, ready to fetch from its institution. */
	public record LinkLogin(Link link, InstitutionEntry institution, Connector connector, Session session,
			JsonNode request) {
	}

	private Credentials credentials(JsonBody body, InstitutionEntry institution, Credentials stored) {
		String username = stored != null && !body.has("username") ? stored.username()
				: LinkRequests.credential(body, institution, "username");
		String usernameType = stored != null && !body.has("username_type") ? stored.usernameType()
				: LinkRequests.credential(body, institution, "username_type");
		String username2 = stored != null && !body.has("username2") ? stored.username2()
				: LinkRequests.credential(body, institution, "username2");
		return new Credentials(institution.name(), username, username2, body.optionalString("username3"),
				usernameType, LinkRequests.credential(body, institution, "password"),
				LinkRequests.credential(body, institution, "password2"));
	}

	private Credentials storedCredentials(Caller caller, LinkRow link) {
		if (!link.hasUsableCredentials(now())) {
			return null;
		}
		return this.json.readValue(this.cipher.decrypt(link.credentials(), owner(caller, link.id())),
				Credentials.class);
	}

	private byte[] sealed(Caller caller, UUID linkId, String storage, Credentials credentials) {
		return "nostore".equals(storage) ? null
				: this.cipher.encrypt(this.json.writeValueAsString(credentials), owner(caller, linkId));
	}

	private static OffsetDateTime expiry(String storage, OffsetDateTime now) {
		return storage.endsWith("d") ? now.plusDays(Integer.parseInt(storage.substring(0, storage.length() - 1)))
				: null;
	}

	/**
	 * Stable for the same end user at the same institution within one organization, different across
	 * organizations, and one-way: a keyed digest, 44 URL-safe Base64 characters.
	 */
	String institutionUserId(Caller caller, String institution, String username) {
		String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		byte[] digest = this.cipher.digest(caller.organizationId() + "\n" + institution + "\n" + user);
		return Base64.getUrlEncoder().encodeToString(digest);
	}

	private InstitutionEntry institution(LinkRow link) {
		return this.institutions.byId(link.institutionId()).orElseThrow();
	}

	private Connector connector(InstitutionEntry institution) {
		return this.connectors.forName(institution.connector());
	}

	private static void checkInstitutionUp(InstitutionEntry institution) {
		if ("down".equals(institution.status())) {
			throw ApiException.institutionDown();
		}
	}

	private static ApiException loginFailure(LoginResult.Failure failure) {
		return ApiException.institutionRefused(failure.code(), failure.message());
	}

	private static String owner(Caller caller, UUID linkId) {
		return "link:" + caller.organizationId() + ":" + linkId;
	}

	/** Microseconds, as PostgreSQL keeps them, so a link reads back exactly as it was returned. */
	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

}
