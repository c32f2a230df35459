package io.ponte.api;

import io.ponte.api.RateLimits.Policy;
import io.ponte.api.RateLimits.Usage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * HTTP Basic with the API key pair on every {@code /api/} and {@code /payments/} route, and on the management
 * endpoints other than the health probes. A missing, malformed or wrong Authorization header gets Belvo's 401
 * before any handler runs.
 *
 * <p>Failed authentication is limited per client address ({@link RateLimits#failedAuthentication()}): every key
 * pair checked and refused counts (no header, or one that is no Basic pair, costs nothing to refuse and does not).
 * Once an address has none left, pairs from it are not checked at all until its budget refills: a 429 whether the
 * pair is right or not, so guessing learns nothing and costs no bcrypt. A pair accepted a moment ago
 * ({@link KeyAuthenticator#remembered}) is no guess and goes through.
 */
class AuthenticationFilter extends OncePerRequestFilter {

	static final String CALLER_ATTRIBUTE = Caller.class.getName();

	private static final Set<String> OPEN = Set.of("/management/health", "/management/health/liveness",
			"/management/health/readiness");

	private static final UrlPathHelper URL_PATHS = new UrlPathHelper();

	private final KeyAuthenticator authenticator;

	private final RateLimits limits;

	private final ErrorResponses errors;

	AuthenticationFilter(KeyAuthenticator authenticator, RateLimits limits, ErrorResponses errors) {
		this.authenticator = authenticator;
		this.limits = limits;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// both the path as sent and as the container normalised it ("/x/../management/..."): either one protected
		// is enough, so no spelling of a path reaches a protected route without a key
		String sent = URL_PATHS.getPathWithinApplication(request);
		String normalised = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return !(needsKey(sent) || needsKey(normalised));
	}

	/**
	 * The API, and every management endpoint except the health probes, which orchestrators call without
	 * credentials. (On a separate {@code management.server.port}, management endpoints are served by another
	 * context without this filter: that port is meant to be reachable only from inside.)
	 */
	static boolean needsKey(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.equals("/payments")
				|| path.startsWith("/payments/")
				|| (path.equals("/management") || path.startsWith("/management/")) && !OPEN.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String[]> pair = credentials(request.getHeader("Authorization"));
		Optional<Caller> caller = pair.flatMap(p -> this.authenticator.remembered(p[0], p[1]));
		if (pair.isPresent() && caller.isEmpty()) {
			Policy policy = this.limits.failedAuthentication();
			String address = RateLimits.clientAddress(request.getRemoteAddr());
			Optional<Usage> gate = this.limits.admit(policy, address);
			if (gate.isPresent() && !gate.get().allowed()) {
				RateLimitFilter.announce(response, List.of(policy), List.of(gate.get()));
				RateLimitFilter.refuse(request, response, gate.get(), ApiException.tooManyFailedAuthentications(),
						this.errors);
				return;
			}
			caller = this.authenticator.authenticate(pair.get()[0], pair.get()[1]);
			if (caller.isEmpty()) {
				List<Usage> failures = this.limits.charge(policy, address).stream().toList();
				RateLimitFilter.announce(response, List.of(policy), failures);
			}
		}
		if (caller.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"api\"");
			this.errors.write(request, response, ApiException.authenticationFailed());
			return;
		}
		request.setAttribute(CALLER_ATTRIBUTE, caller.get());
		MDC.put("organization_id", caller.get().organizationId().toString());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("organization_id");
		}
	}

	/** Splits {@code Basic base64(id:password)}; anything else is no credentials at all. */
	static Optional<String[]> credentials(String header) {
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		// control characters (NUL among them) belong to no key, and PostgreSQL refuses NUL in text
		if (colon <= 0 || colon == decoded.length() - 1 || decoded.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		return Optional.of(new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) });
	}

}
