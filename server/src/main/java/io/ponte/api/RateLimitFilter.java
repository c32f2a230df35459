package io.ponte.api;

import io.ponte.api.RateLimits.Policy;
import io.ponte.api.RateLimits.Usage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spends every authenticated request from its API key's bucket, then its organization's, and announces both in
 * the {@code RateLimit-Policy} and {@code RateLimit} fields of draft-ietf-httpapi-ratelimit-headers-11. An empty
 * bucket answers 429 with {@code Retry-After} before any handler runs. The key goes first, so a runaway key spends
 * its own budget and not its organization's. Requests without a caller (management, the unauthenticated root) are
 * not limited.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final ErrorResponses errors;

	RateLimitFilter(RateLimits limits, ErrorResponses errors) {
		this.limits = limits;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request.getAttribute(AuthenticationFilter.CALLER_ATTRIBUTE) instanceof Caller caller)) {
			chain.doFilter(request, response);
			return;
		}
		List<Policy> policies = List.of(this.limits.key(), this.limits.organization());
		List<Usage> usages = new ArrayList<>(2);
		if (caller.keyId() != null) {
			this.limits.consume(this.limits.key(), caller.keyId().toString()).ifPresent(usages::add);
		}
		if (usages.stream().allMatch(Usage::allowed)) {
			this.limits.consume(this.limits.organization(), caller.organizationId().toString()).ifPresent(usages::add);
		}
		announce(response, policies, usages);
		for (Usage usage : usages) {
			if (!usage.allowed()) {
				refuse(request, response, usage, ApiException.tooManyRequests(), this.errors);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Sets the two fields for the policies that are on and the buckets this request was counted in. */
	static void announce(HttpServletResponse response, List<Policy> policies, List<Usage> usages) {
		String announced = policies.stream().filter(Policy::enabled).map(Policy::item).collect(Collectors.joining(", "));
		if (!announced.isEmpty()) {
			response.setHeader("RateLimit-Policy", announced);
		}
		if (!usages.isEmpty()) {
			response.setHeader("RateLimit", usages.stream().map(Usage::item).collect(Collectors.joining(", ")));
		}
	}

	/** The 429 of a spent bucket: Retry-After at its window's reset. */
	static void refuse(HttpServletRequest request, HttpServletResponse response, Usage spent, ApiException error,
			ErrorResponses errors) throws IOException {
		response.setHeader("Retry-After", Long.toString(spent.retryAfterSeconds()));
		errors.write(request, response, error);
	}

}
