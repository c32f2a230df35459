package io.ponte.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * HTTP Basic with the API key pair on every {@code /api/} and {@code /payments/} route, and on the management
 * endpoints other than the health probes. A missing, malformed or wrong Authorization header gets Belvo's 401
 * before any handler runs.
 */
class AuthenticationFilter extends OncePerRequestFilter {

	static final String CALLER_ATTRIBUTE = Caller.class.getName();

	private static final Set<String> OPEN = Set.of("/management/health", "/management/health/liveness",
			"/management/health/readiness");

	private static final UrlPathHelper URL_PATHS = new UrlPathHelper();

	private final KeyAuthenticator authenticator;

	private final ErrorResponses errors;

	AuthenticationFilter(KeyAuthenticator authenticator, ErrorResponses errors) {
		this.authenticator = authenticator;
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
		Optional<Caller> caller = credentials(request.getHeader("Authorization"))
			.flatMap(pair -> this.authenticator.authenticate(pair[0], pair[1]));
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
