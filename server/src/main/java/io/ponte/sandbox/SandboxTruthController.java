package io.ponte.sandbox;

import io.ponte.api.Caller;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sandbox/truth/?link=}: what the sandbox planted for a link's end user, in API ids, so users
 * can score their own models. A Ponte extension, for sandbox keys only; enrichment never reads it.
 */
@RestController
class SandboxTruthController {

	private final PublishedTruths truths;

	SandboxTruthController(PublishedTruths truths) {
		this.truths = truths;
	}

	/** A missing or malformed {@code link} is the shared 400 naming it, as for any query parameter. */
	@GetMapping("/api/sandbox/truth/")
	PublishedTruth truth(Caller caller, @RequestParam UUID link) {
		return this.truths.of(caller, link);
	}

}
