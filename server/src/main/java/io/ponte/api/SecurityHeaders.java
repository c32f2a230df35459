package io.ponte.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The standard security headers, set on every response before anything else can answer, so a 401, a 404 or a
 * 413 carries them as a 200 does. Everything Ponte serves is JSON (or metrics text) for programs, never a page:
 * nothing may be cached, framed, sniffed as another type, or leak the URL as a referrer. HSTS is sent only over
 * HTTPS (directly, or as a proxy reports it through {@code X-Forwarded-Proto}), since browsers ignore it on plain
 * HTTP and a local sandbox on {@code http://localhost} must not be pinned to HTTPS.
 */
final class SecurityHeaders extends OncePerRequestFilter {

	static final String HSTS = "max-age=31536000";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(request.isSecure(), response::setHeader);
		chain.doFilter(request, response);
	}

	/** Also on the error dispatch: a request Tomcat refuses itself (a TRACE) reaches the filters only there. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** Sets the headers through {@code header}: shared with the valve that answers requests Tomcat refuses. */
	static void apply(boolean secure, BiConsumer<String, String> header) {
		header.accept("X-Content-Type-Options", "nosniff");
		header.accept("Cache-Control", "no-store");
		header.accept("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		header.accept("X-Frame-Options", "DENY");
		header.accept("Referrer-Policy", "no-referrer");
		if (secure) {
			header.accept("Strict-Transport-Security", HSTS);
		}
	}

}
