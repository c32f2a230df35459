package io.ponte.links;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.connectors.Connector;
import io.ponte.connectors.ConnectorRegistry;
import io.ponte.connectors.Credentials;
import io.ponte.connectors.LoginResult;
import io.ponte.institutions.InstitutionCatalog;
import io.ponte.institutions.InstitutionEntry;
import io.ponte.links.Links.LinkLogin;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Logging an existing link in again with its stored credentials, for a retrieval or a refresh, and resuming
 * such a login once the end user typed a token. The link's status follows what the institution answered.
 * Registration and credential changes are {@link Links}'.
 */
@Service
public class LinkLogins {

	private final LinkDao links;

	private final MfaSessions sessions;

	private final InstitutionCatalog institutions;

	private final ConnectorRegistry connectors;

	private final LinkSecrets secrets;

	private final Clock clock;

	LinkLogins(LinkDao links, MfaSessions sessions, InstitutionCatalog institutions, ConnectorRegistry connectors,
			LinkSecrets secrets, Clock clock) {
		this.links = links;
		this.sessions = sessions;
		this.institutions = institutions;
		this.connectors = connectors;
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * Logs in again with the link's stored credentials. A link that is not valid, or whose credentials were not
	 * kept, cannot log in; a token, when the institution asks for one, opens an MFA session remembering
	 * {@code request} so the retrieval can be resumed.
	 */
	public LinkLogin login(Caller caller, UUID linkId, String token, MfaPurpose purpose, JsonNode request) {
		LinkRow link = this.links.find(caller, linkId).orElseThrow(ApiException::notFound);
		switch (link.status()) {
			case INVALID -> throw ApiException.linkInvalidated();
			case UNCONFIRMED -> throw ApiException.linkUnconfirmed();
			case VALID, TOKEN_REQUIRED -> {
			}
		}
		OffsetDateTime now = LinkDao.now(this.clock);
		if (!link.hasUsableCredentials(now)) {
			throw ApiException.credentialsNoLongerStored();
		}
		InstitutionEntry institution = institution(link);
		checkInstitutionUp(institution);
		Credentials credentials = this.secrets.open(caller, link, now);
		return finish(caller, link, institution, connector(institution).login(credentials, token, null),
				credentials, purpose, request);
	}

	/**
	 * Who the end user of a link is, without logging in: its stored credentials, for a connector that answers
	 * about its own end users (the sandbox publishing what it planted). A link that {@code connector} does not
	 * serve is not found; one that kept no credentials, or no longer does, fails as a login would. Credentials
	 * stored before they carried the country get the institution's.
	 */
	public Credentials storedCredentials(Caller caller, UUID linkId, Connector connector) {
		LinkRow link = this.links.find(caller, linkId).orElseThrow(ApiException::notFound);
		InstitutionEntry institution = institution(link);
		if (!institution.connector().equals(connector.name())) {
			throw ApiException.notFound();
		}
		if (link.status() == LinkStatus.UNCONFIRMED) {
			throw ApiException.linkUnconfirmed();
		}
		Credentials stored = this.secrets.open(caller, link, LinkDao.now(this.clock));
		if (stored == null) {
			throw ApiException.credentialsNoLongerStored();
		}
		return stored.country() != null ? stored
				: new Credentials(stored.institution(), institution.country(), stored.username(), stored.username2(),
						stored.username3(), stored.usernameType(), stored.password(), stored.password2());
	}

	/** Resumes the MFA session of a login; the session's original request comes back with the login. */
	public LinkLogin resumeLogin(Caller caller, UUID linkId, String sessionId, String token) {
		LinkRow link = this.links.find(caller, linkId).orElseThrow(ApiException::notFound);
		MfaSession session = this.sessions.take(caller, sessionId, linkId);
		InstitutionEntry institution = institution(link);
		return finish(caller, link, institution,
				connector(institution).login(session.credentials(), token, session.challenge()),
				session.credentials(), session.purpose(), session.request());
	}

	private LinkLogin finish(Caller caller, LinkRow link, InstitutionEntry institution, LoginResult result,
			Credentials credentials, MfaPurpose purpose, JsonNode request) {
		return switch (result) {
			case LoginResult.Success success -> {
				if (link.status() != LinkStatus.VALID) {
					this.links.updateStatus(caller.organizationId(), link.id(), LinkStatus.VALID);
				}
				this.links.touchAccessed(caller.organizationId(), link.id(), LinkDao.now(this.clock));
				yield new LinkLogin(link.view(), institution, connector(institution), success.session(), request);
			}
			case LoginResult.TokenRequired required -> {
				this.links.updateStatus(caller.organizationId(), link.id(), LinkStatus.TOKEN_REQUIRED);
				throw this.sessions.open(caller, link.id(), purpose, required.challenge(), credentials, request);
			}
			case LoginResult.Failure failure -> {
				if (isWrongCredentials(failure)) {
					this.links.updateStatus(caller.organizationId(), link.id(), LinkStatus.INVALID);
				}
				throw loginFailure(failure);
			}
		};
	}

	InstitutionEntry institution(LinkRow link) {
		return this.institutions.byId(link.institutionId()).orElseThrow();
	}

	Connector connector(InstitutionEntry institution) {
		return this.connectors.forName(institution.connector());
	}

	static void checkInstitutionUp(InstitutionEntry institution) {
		if ("down".equals(institution.status())) {
			throw ApiException.institutionDown();
		}
	}

	/** Only a refused password invalidates a link; a busy or unavailable institution does not. */
	static boolean isWrongCredentials(LoginResult.Failure failure) {
		return "login_error".equals(failure.code());
	}

	static ApiException loginFailure(LoginResult.Failure failure) {
		return ApiException.institutionRefused(failure.code(), failure.message());
	}

}
