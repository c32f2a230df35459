package io.ponte.connectors.sandbox;

import io.ponte.connectors.Connector;
import io.ponte.connectors.Credentials;
import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.LoginResult;
import io.ponte.connectors.MfaChallenge;
import io.ponte.connectors.ResourceKind;
import io.ponte.connectors.Session;
import io.ponte.connectors.UnsupportedResourceException;
import io.ponte.connectors.sandbox.Persona.Dataset;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ponte's stand-in for a bank: Belvo's documented sandbox credentials (valid, invalid, MFA, advanced login,
 * data shapes) plus, for any other login, a believable person with years of statements. Nothing is stored:
 * every answer is recomputed from (country, username, instant), so the same user always sees the same life,
 * and a later instant only adds to it.
 */
@Component
public class SandboxConnector implements Connector {

	static final String INVALID_CREDENTIALS = "Invalid credentials provided to login to the institution";

	static final String INVALID_TOKEN = "The MFA token is invalid";

	/** Passwords of the documented sandbox users; any other username logs in with any password. */
	private static final Map<String, String> PASSWORDS = pairs("user_valid", "pass_valid", "bnk100", "full",
			"bnk101", "nodata", "bnk102", "low", "bnk103", "negative", "mfa_default", "pass_valid", "mfa_qr", "qr_code",
			"mfa_numeric", "numeric_code",
			"fiscal100", "full", "fiscal101", "nodata", "fiscal102", "low",
			"gig100", "full", "gig101", "nodata", "gig102", "low", "gig103", "negative");

	private final Clock clock;

	/** A map of key, value, key, value...: more pairs than {@code Map.of} takes, one group per line. */
	private static Map<String, String> pairs(String... keysAndValues) {
		Map<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return Map.copyOf(map);
	}

	SandboxConnector(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "sandbox";
	}

	@Override
	public LoginResult login(Credentials credentials, String token, MfaChallenge challenge) {
		String institution = Objects.requireNonNullElse(credentials.institution(), "");
		String user = Persona.userKey(credentials.username());
		String password = Objects.requireNonNullElse(credentials.password(), "");
		if (user.isEmpty() || user.equals("user_invalid") || password.equals("pass_invalid")) {
			return new LoginResult.Failure("login_error", INVALID_CREDENTIALS);
		}
		switch (user) {
			case "user_sessions" -> {
				return new LoginResult.Failure("too_many_sessions",
						"Impossible to login, a session is already opened with the institution for these credentials");
			}
			case "user_down" -> {
				return new LoginResult.Failure("institution_down", "The financial institution is down, try again later");
			}
			case "user_unavailable" -> {
				return new LoginResult.Failure("institution_unavailable",
						"The financial institution is unavailable, try again later");
			}
			default -> {
			}
		}
		String expected = PASSWORDS.get(user);
		if (expected != null && !expected.equals(password)) {
			return new LoginResult.Failure("login_error", INVALID_CREDENTIALS);
		}
		if ("CL".equals(credentials.country()) && expected == null && Documents.normalizedRut(user) == null) {
			// the SII logs in taxpayers by RUT: one whose check digit is wrong is no taxpayer
			return new LoginResult.Failure("login_error", INVALID_CREDENTIALS);
		}
		if (institution.startsWith("ironbank_") && !advancedLoginAccepted(credentials, user)) {
			return new LoginResult.Failure("login_error", INVALID_CREDENTIALS);
		}
		Session session = new Session(institution, credentials.country(), user,
				"sandbox:" + Dataset.of(user).name().toLowerCase(java.util.Locale.ROOT));
		MfaFlow.Flow flow = MfaFlow.flowFor(institution, user);
		if (flow == null) {
			return new LoginResult.Success(session);
		}
		int round = 1;
		if (challenge != null) {
			MfaFlow.State state = MfaFlow.State.parse(challenge.state());
			if (state == null || !state.binding().equals(MfaFlow.binding(institution, user))) {
				return new LoginResult.Failure("session_expired", "The MFA session expired, please log in again");
			}
			flow = state.flow();
			round = state.round();
		}
		if (token == null || token.isBlank()) {
			return new LoginResult.TokenRequired(MfaFlow.challenge(flow, round, institution, user));
		}
		return switch (token.strip()) {
			case MfaFlow.ACCEPTED_TOKEN -> new LoginResult.Success(session);
			case MfaFlow.RETRY_TOKEN -> new LoginResult.TokenRequired(MfaFlow.challenge(flow, round + 1, institution,
					user));
			default -> new LoginResult.Failure("login_error", INVALID_TOKEN);
		};
	}

	/**
	 * Iron Bank's advanced login needs a document type and a second username and password; the documented
	 * valid user must present exactly the documented values, others just need all of them.
	 */
	private static boolean advancedLoginAccepted(Credentials credentials, String user) {
		String type = credentials.usernameType();
		String username2 = credentials.username2();
		String password2 = credentials.password2();
		if (isBlank(type) || isBlank(username2) || isBlank(password2)) {
			return false;
		}
		if (user.equals("adv_invalid") || type.equals("999") || username2.equals("invalid")
				|| password2.equals("invalid")) {
			return false;
		}
		if (user.equals("adv_valid")) {
			return "pass_valid".equals(credentials.password()) && type.equals("003") && username2.equals("valid")
					&& password2.equals("valid");
		}
		return true;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public List<ObjectNode> fetch(Session session, FetchRequest request) {
		Instant at = request.asOf() != null ? request.asOf() : this.clock.instant();
		if ("CL".equals(session.country())) {
			return chileanTaxpayer(session, request, at);
		}
		SandboxGenerator generator = SandboxGenerator.FOR.get(request.resource());
		Country country = Country.of(session.country());
		if (generator == null || country == null) {
			throw new UnsupportedResourceException(name(), request.resource());
		}
		return generator.generate(statement(session.institution(), country, session.userKey(), at), request);
	}

	/** The statement a thread replayed last, and for whom as of when. */
	private record Replayed(String institution, Country country, String user, Instant at, Statement statement) {
	}

	private static final ThreadLocal<Replayed> LAST_REPLAYED = new ThreadLocal<>();

	/**
	 * The person's statement as of {@code at}. A load or refresh fetches a person's accounts and then their
	 * transactions as of the same instant, on one thread: the replay of their whole history (most of a fetch's
	 * cost) is done once for both. Generators only read a statement, and it never leaves its thread.
	 */
	private static Statement statement(String institution, Country country, String user, Instant at) {
		Replayed last = LAST_REPLAYED.get();
		if (last != null && last.at().equals(at) && last.country() == country && Objects.equals(last.user(), user)
				&& Objects.equals(last.institution(), institution)) {
			return last.statement();
		}
		Statement statement = new Statement(Persona.of(institution, country, user), at);
		LAST_REPLAYED.set(new Replayed(institution, country, user, at, statement));
		return statement;
	}

	/** Chile's sandbox has taxpayers of the SII only, no bank customers: {@link ChileanTaxpayer}. */
	private List<ObjectNode> chileanTaxpayer(Session session, FetchRequest request, Instant at) {
		ChileanTaxpayer.Generator generator = ChileanTaxpayer.FOR.get(request.resource());
		if (generator == null) {
			throw new UnsupportedResourceException(name(), request.resource());
		}
		return generator.generate(ChileanTaxpayer.of(session.userKey()), request, at);
	}

	/** The resources this sandbox generates; the catalogue's sandbox institutions list no others. */
	static java.util.Set<ResourceKind> generated() {
		return SandboxGenerator.FOR.keySet();
	}

	/**
	 * What was planted for the end user of {@code credentials}, as of {@code asOf}: income streams, recurring
	 * expenses, internal transfers and every transaction's true category. Empty for a country without people.
	 */
	public SandboxTruth truth(Credentials credentials, Instant asOf) {
		Country country = Country.of(credentials.country());
		if (country == null) {
			return new SandboxTruth(List.of(), List.of(), List.of(), Map.of(), List.of());
		}
		Persona persona = Persona.of(credentials.institution(), country, Persona.userKey(credentials.username()));
		return PlantedTruth.of(new Statement(persona, asOf));
	}

}
