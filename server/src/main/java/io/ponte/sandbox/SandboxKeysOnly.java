package io.ponte.sandbox;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sandbox's own API does not exist for production keys: they get the 404 of an unknown route, whatever the
 * parameters. A model attribute runs before the handler's arguments are read, so a malformed query string cannot
 * reveal the route with a 400; being advice, it covers every controller of this package.
 */
@ControllerAdvice(basePackageClasses = SandboxKeysOnly.class)
class SandboxKeysOnly {

	@ModelAttribute
	void sandboxKeysOnly(Caller caller) {
		if (caller.environment() != Environment.SANDBOX) {
			throw ApiException.notFound();
		}
	}

}
