package io.ponte.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the shared HTTP plumbing: request ids and access log, security headers, request-body bounds,
 * authentication, rate limits, idempotency keys, and controller arguments.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** First, so a page of prebuilt JSON is written as bytes, not handed to Jackson. */
	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.addFirst(new JsonPageConverter());
	}

	@Bean
	FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
		FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Right after the request id: every answer below, a refusal included, carries the headers. */
	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Before authentication: an unauthenticated flood of large bodies is bounded too. */
	@Bean
	FilterRegistrationBean<RequestBodyGate> requestBodyGate(ErrorResponses errors,
			@Value("${ponte.http.max-body:1MB}") DataSize maxBody,
			@Value("${ponte.http.concurrent-bodies:32}") int concurrentBodies) {
		FilterRegistrationBean<RequestBodyGate> registration = new FilterRegistrationBean<>(
				new RequestBodyGate(maxBody, concurrentBodies, errors));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	/** Failed authentication is limited per client address here too (see {@link AuthenticationFilter}). */
	@Bean
	FilterRegistrationBean<AuthenticationFilter> authenticationFilter(KeyAuthenticator authenticator,
			RateLimits limits, ErrorResponses errors) {
		FilterRegistrationBean<AuthenticationFilter> registration = new FilterRegistrationBean<>(
				new AuthenticationFilter(authenticator, limits, errors));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** After authentication, since the limits are per caller; before idempotency, so a refusal claims no key. */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, ErrorResponses errors) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limits, errors));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return registration;
	}

	/**
	 * After authentication, which names the organization a key belongs to, and after the body bound, which limits
	 * what the filter reads to hash the request.
	 */
	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, ErrorResponses errors) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(keys, errors));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new RequestScopedResolver());
	}

	/** Hands controllers the authenticated {@link Caller} and the parsed {@link ListRequest}. */
	static final class RequestScopedResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			Class<?> type = parameter.getParameterType();
			return type == Caller.class || type == ListRequest.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			if (parameter.getParameterType() == ListRequest.class) {
				return ListRequest.of(request);
			}
			Object caller = request.getAttribute(AuthenticationFilter.CALLER_ATTRIBUTE);
			if (caller == null) {
				throw ApiException.authenticationFailed();
			}
			return caller;
		}

	}

}
