package io.ponte.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs first: assigns the request id (response header, MDC for every log line of the request) and writes
 * one structured access-log line per request when it completes.
 */
class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger access = LoggerFactory.getLogger("io.ponte.access");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		String requestId = RequestIds.assign(request);
		response.setHeader(RequestIds.HEADER, requestId);
		MDC.put("request_id", requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (access.isInfoEnabled()) {
				Object caller = request.getAttribute(AuthenticationFilter.CALLER_ATTRIBUTE);
				access.info("request_id={} method={} path=\"{}\" status={} duration_ms={} organization_id={}",
						requestId, request.getMethod(), request.getRequestURI(), response.getStatus(),
						(System.nanoTime() - started) / 1_000_000,
						caller instanceof Caller c ? c.organizationId() : "-");
			}
			MDC.remove("request_id");
		}
	}

}
