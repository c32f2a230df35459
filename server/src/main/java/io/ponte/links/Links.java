package io.ponte.links;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.connectors.Connector;
import io.ponte.connectors.Credentials;
import io.ponte.connectors.LoginResult;
import io.ponte.connectors.MfaChallenge;
import io.ponte.connectors.Session;
import io.ponte.institutions.InstitutionCatalog;
import io.ponte.institutions.InstitutionEntry;
import io.ponte.sandbox.SandboxClocks;
import io.ponte.webhooks.WebhookEvent;
import io.ponte.webhooks.Webhooks;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The life of a link: registration (with MFA), resuming an MFA session, updating credentials, changing
 * settings, refresh and deletion; logging an existing link in again is {@link LinkLogins}'. Logins happen
 * outside database transactions (a real institution can take seconds); each change to the database is one
 * transaction.
 */
@Service
public class Links {

	/** Belvo lets a link be refreshed on demand once every 7 minutes. */
	static final Duration REFRESH_INTERVAL = Duration.ofMinutes(7);

	/** A link's data is kept a year unless the request says otherwise. */
	static final Retention DEFAULT_STALE_IN = Retention.ofDays(Retention.MAX_DAYS);

	private final LinkDao links;

	private final LinkLogins logins;

	private final MfaSessions sessions;

	private final InstitutionCatalog institutions;

	private final LinkSecrets secrets;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Webhooks webhooks;

	private final HistoricalLoads historicalLoads;

	private final RecurrentRefreshes refreshes;

	private final SandboxClocks clocks;

	Links(LinkDao links, LinkLogins logins, MfaSessions sessions, InstitutionCatalog institutions,
			LinkSecrets secrets, JsonMapper json, TransactionTemplate transaction, Clock clock,
			Webhooks webhooks, HistoricalLoads historicalLoads, RecurrentRefreshes refreshes, SandboxClocks clocks) {
		this.links = links;
		this.logins = logins;
		this.sessions = sessions;
		this.institutions = institutions;
		this.secrets = secrets;
		this.json = json;
		this.transaction = transaction;
		this.clock = clock;
		this.webhooks = webhooks;
		this.historicalLoads = historicalLoads;
		this.refreshes = refreshes;
		this.clocks = clocks;
	}

	/** {@code POST /api/links/}: 201 with the link, 428 when the institution asks for a token, 400 otherwise. */
	public Link register(Caller caller, JsonBody body) {
		String institutionName = body.requiredString("institution");
		InstitutionEntry institution = this.institutions.byName(institutionName, caller.environment())
			.orElseThrow(() -> ApiException.doesNotExist("institution", "name", institutionName));
		Credentials credentials = credentials(body, institution, null);
		String token = body.optionalString("token");
		AccessMode accessMode = LinkRequests.accessMode(body, AccessMode.RECURRENT);
		Retention storage = LinkRequests.credentialsStorage(body);
		List<String> fetchResources = LinkRequests.fetchResources(body, institution, institution.resources());
		LinkRequests.checkStorageFitsMode(accessMode, storage, fetchResources);
		Retention staleIn = LinkRequests.staleIn(body, DEFAULT_STALE_IN);
		String externalId = LinkRequests.externalId(body);
		LinkLogins.checkInstitutionUp(institution);

		LoginResult result = this.logins.connector(institution).login(credentials, token, null);
		if (result instanceof LoginResult.Failure failure) {
			throw LinkLogins.loginFailure(failure);
		}
		OffsetDateTime now = now();
		UUID id = UUID.randomUUID();
		boolean loggedIn = result instanceof LoginResult.Success;
		LinkRow row = LinkRow.builder()
			.organizationId(caller.organizationId())
			.id(id)
			.environment(caller.environment())
			.institution(institution.id(), institution.name())
			.accessMode(accessMode)
			.status(loggedIn ? LinkStatus.VALID : LinkStatus.UNCONFIRMED)
			.externalId(externalId)
			.institutionUserId(this.secrets.institutionUserId(caller, institution.name(), credentials.username()))
			.createdBy(caller.keyId())
			.refreshRate(accessMode == AccessMode.RECURRENT ? LinkRow.DEFAULT_REFRESH_RATE : null)
			.credentialsStorage(storage)
			.fetchResources(fetchResources)
			.staleIn(staleIn)
			.credentials(loggedIn ? this.secrets.seal(caller, id, storage, credentials) : null,
					loggedIn ? storage.expiry(now).orElse(null) : null)
			.createdAt(now)
			.lastAccessedAt(loggedIn ? now : null)
			.build();
		if (loggedIn) {
			Session session = ((LoginResult.Success) result).session();
			this.transaction.executeWithoutResult(status -> {
				this.links.insert(row);
				if (accessMode == AccessMode.RECURRENT) {
					this.refreshes.start(caller.organizationId(), id, row.refreshRate(), this.clocks.now(caller));
				}
				this.historicalLoads.schedule(caller, id, session, fetchResources);
			});
			return this.links.find(caller, id).orElseThrow().view();
		}
		MfaChallenge challenge = ((LoginResult.TokenRequired) result).challenge();
		throw this.transaction.execute(status -> {
			this.links.insert(row);
			return this.sessions.open(caller, id, MfaPurpose.REGISTER, challenge, credentials, null);
		});
	}

	/** {@code PATCH /api/links/}: answers a pending challenge of a registration or a credentials update. */
	public Link resume(Caller caller, JsonBody body) {
		String sessionId = body.requiredString("session");
		UUID linkId = body.requiredUuid("link");
		String token = body.optionalString("token");
		LinkRow link = this.links.find(caller, linkId).orElseThrow(ApiException::notFound);
		MfaSession session = this.sessions.take(caller, sessionId, linkId);
		InstitutionEntry institution = this.logins.institution(link);
		LoginResult result = this.logins.connector(institution)
			.login(session.credentials(), token, session.challenge());
		return switch (result) {
			case LoginResult.Success success -> {
				List<String> load = session.purpose().loadsHistory()
						? requestedResources(session.request(), link.fetchResources()) : List.of();
				markValid(caller, link, session.credentials(), success.session(), load);
				yield this.links.find(caller, linkId).orElseThrow().view();
			}
			case LoginResult.TokenRequired again -> throw this.sessions.open(caller, linkId, session.purpose(),
					again.challenge(), session.credentials(), session.request());
			case LoginResult.Failure failure -> {
				if (session.purpose() == MfaPurpose.UPDATE) {
					this.links.updateStatus(caller.organizationId(), linkId, LinkStatus.INVALID);
				}
				throw LinkLogins.loginFailure(failure);
			}
		};
	}

	/**
	 * Sandbox: makes the link {@code invalid} or {@code token_required} as a failed recurrent login would, with the
	 * same LINK webhook, so that an integration's update flow can be tested (Plaid's reset_login).
	 */
	public Link resetLogin(Caller caller, UUID id, LinkStatus status) {
		return this.transaction.execute(tx -> {
			LinkRow link = this.links.lock(caller, id).orElseThrow(ApiException::notFound);
			this.links.updateStatus(caller.organizationId(), id, status);
			this.webhooks.publish(caller.organizationId(), caller.environment(), WebhookEvent.loginFailed(
					status == LinkStatus.TOKEN_REQUIRED, id, link.externalId()));
			return this.links.find(caller, id).orElseThrow().view();
		});
	}

	public Optional<Link> find(Caller caller, UUID id) {
		return this.links.find(caller, id).map(LinkRow::view);
	}

	public Link detail(Caller caller, UUID id) {
		return this.links.find(caller, id).orElseThrow(ApiException::notFound).view();
	}

	/** {@code PUT /api/links/{id}/}: new credentials for the same end user; fixes an invalid link. */
	public Link updateCredentials(Caller caller, UUID id, JsonBody body) {
		LinkRow link = this.links.find(caller, id).orElseThrow(ApiException::notFound);
		InstitutionEntry institution = this.logins.institution(link);
		Credentials stored = this.secrets.open(caller, link, now());
		Credentials credentials = credentials(body, institution, stored);
		String token = body.optionalString("token");
		LoginResult result = this.logins.connector(institution).login(credentials, token, null);
		return switch (result) {
			case LoginResult.Success success -> {
				markValid(caller, link, credentials, success.session(), List.of());
				yield this.links.find(caller, id).orElseThrow().view();
			}
			case LoginResult.TokenRequired required -> throw this.sessions.open(caller, id, MfaPurpose.UPDATE,
					required.challenge(), credentials, null);
			case LoginResult.Failure failure -> {
				if (LinkLogins.isWrongCredentials(failure)) {
					this.links.updateStatus(caller.organizationId(), id, LinkStatus.INVALID);
				}
				throw LinkLogins.loginFailure(failure);
			}
		};
	}

	/** {@code PATCH /api/links/{id}/}: access mode, stale_in and fetch_resources. */
	public Link modify(Caller caller, UUID id, JsonBody body) {
		return this.transaction.execute(status -> {
			LinkRow link = this.links.lock(caller, id).orElseThrow(ApiException::notFound);
			InstitutionEntry institution = this.logins.institution(link);
			AccessMode accessMode = LinkRequests.accessMode(body, link.accessMode());
			Retention staleIn = LinkRequests.staleIn(body, link.staleIn());
			List<String> fetchResources = LinkRequests.fetchResources(body, institution, link.fetchResources());
			if (accessMode == AccessMode.RECURRENT && !link.hasUsableCredentials(now())) {
				throw ApiException.recurrentLinkNeedsCredentials();
			}
			String refreshRate = accessMode == AccessMode.RECURRENT
					? (link.refreshRate() != null ? link.refreshRate() : LinkRow.DEFAULT_REFRESH_RATE) : null;
			this.links.updateSettings(caller.organizationId(), id, accessMode, refreshRate, staleIn, fetchResources);
			if (accessMode != link.accessMode()) {
				if (accessMode == AccessMode.RECURRENT) {
					this.refreshes.start(caller.organizationId(), id, refreshRate, this.clocks.now(caller));
				}
				else {
					this.links.scheduleRefresh(caller.organizationId(), id, null, null);
				}
			}
			return this.links.find(caller, id).orElseThrow().view();
		});
	}

	/**
	 * {@code POST /api/links/{id}/refresh/}: logs in now (so a token request is answered at once), then loads the
	 * link's historical data again in the background, announced by webhooks. At most once per
	 * {@link #REFRESH_INTERVAL}, claimed atomically so two concurrent calls cannot both run.
	 */
	public void refresh(Caller caller, UUID id, JsonBody body) {
		LinkRow link = this.links.find(caller, id).orElseThrow(ApiException::notFound);
		List<String> resources = LinkRequests.fetchResources(body, this.logins.institution(link),
				link.fetchResources());
		OffsetDateTime now = now();
		if (!this.links.claimRefresh(caller.organizationId(), id, now, now.minus(REFRESH_INTERVAL))) {
			throw ApiException.linkRefreshed();
		}
		boolean done = false;
		try {
			ObjectNode request = this.json.createObjectNode();
			request.set("fetch_resources", this.json.valueToTree(resources));
			LinkLogin login = this.logins.login(caller, id, null, MfaPurpose.REFRESH, request);
			this.transaction.executeWithoutResult(status -> this.historicalLoads.schedule(caller, id,
					login.session(), resources));
			done = true;
		}
		finally {
			if (!done) {
				this.links.setLastRefreshedAt(caller.organizationId(), id, link.lastRefreshedAt());
			}
		}
	}

	/**
	 * Deletes the link and everything retrieved through it. An asynchronous deletion ({@code asyncRequestId} not
	 * null) is announced by a {@code LINK link_deleted} webhook carrying that request's id, in the same
	 * transaction.
	 */
	public void delete(Caller caller, UUID id, String asyncRequestId) {
		this.transaction.executeWithoutResult(status -> {
			LinkRow link = this.links.find(caller, id).orElseThrow(ApiException::notFound);
			if (!this.links.delete(caller, id)) {
				throw ApiException.notFound();
			}
			if (asyncRequestId != null) {
				this.webhooks.publish(caller.organizationId(), caller.environment(),
						WebhookEvent.linkDeleted(id, link.externalId(), asyncRequestId));
			}
		});
	}

	/** A logged-in link, ready to fetch from its institution. */
	public record LinkLogin(Link link, InstitutionEntry institution, Connector connector, Session session,
			JsonNode request) {
	}

	/** After a successful login with {@code credentials}: valid, accessed now, keeping them as the link says. */
	/** The link works again; {@code load} names the resources whose history then loads in the background. */
	private void markValid(Caller caller, LinkRow link, Credentials credentials, Session session,
			List<String> load) {
		OffsetDateTime now = now();
		this.transaction.executeWithoutResult(status -> {
			this.links.markValid(caller.organizationId(), link.id(),
					this.secrets.seal(caller, link.id(), link.credentialsStorage(), credentials),
					link.credentialsStorage().expiry(now).orElse(null), now);
			if (link.accessMode() == AccessMode.RECURRENT) {
				// a recurrent link confirmed by MFA starts refreshing now; one given new credentials keeps its turn
				this.refreshes.start(caller.organizationId(), link.id(), link.refreshRate(), this.clocks.now(caller));
			}
			this.historicalLoads.schedule(caller, link.id(), session, load);
		});
	}

	private static List<String> requestedResources(JsonNode request, List<String> absent) {
		if (request == null || !request.has("fetch_resources")) {
			return absent;
		}
		List<String> resources = new ArrayList<>();
		request.get("fetch_resources").forEach(r -> resources.add(r.asString()));
		return resources;
	}

	private Credentials credentials(JsonBody body, InstitutionEntry institution, Credentials stored) {
		String username = stored != null && !body.has("username") ? stored.username()
				: LinkRequests.credential(body, institution, "username");
		String usernameType = stored != null && !body.has("username_type") ? stored.usernameType()
				: LinkRequests.credential(body, institution, "username_type");
		String username2 = stored != null && !body.has("username2") ? stored.username2()
				: LinkRequests.credential(body, institution, "username2");
		return new Credentials(institution.name(), institution.country(), username, username2, body.optionalString("username3"),
				usernameType, LinkRequests.credential(body, institution, "password"),
				LinkRequests.credential(body, institution, "password2"));
	}

	private OffsetDateTime now() {
		return LinkDao.now(this.clock);
	}

}
