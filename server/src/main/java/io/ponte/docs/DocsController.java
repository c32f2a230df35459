package io.ponte.docs;

import io.ponte.api.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The API reference: {@code /openapi.json} (the merged description), {@code /openapi/<file>} (each as the
 * repository keeps it), and {@code /docs/}, a page with Ponte's conventions and sandbox users over Swagger UI,
 * whose files come from its webjar in Ponte's jar (no CDN; its validator badge, which calls out, is off). The
 * page's Content-Security-Policy allows its own files only.
 */
@Controller
class DocsController {

	/**
	 * Swagger UI applies one inline style of its own (the hash below, of this version): allowed by that hash
	 * alone, nothing else inline.
	 */
	private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-hashes' "
			+ "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; connect-src 'self'; "
			+ "font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	/** The files the page loads: its own (docs/ in the jar) and Swagger UI's (its webjar). */
	private static final Map<String, MediaType> ASSETS = Map.of("docs.js", JAVASCRIPT, "docs.css", CSS,
			"swagger-ui-bundle.js", JAVASCRIPT, "swagger-ui-standalone-preset.js", JAVASCRIPT, "swagger-ui.css", CSS);

	private final ApiDescriptions descriptions;

	/** Swagger UI's folder in its webjar, whatever its version: found on the first request for its files. */
	private volatile String swaggerUi;

	DocsController(ApiDescriptions descriptions) {
		this.descriptions = descriptions;
	}

	private String swaggerUi() {
		String folder = this.swaggerUi;
		if (folder == null) {
			try {
				Resource[] bundles = new PathMatchingResourcePatternResolver()
					.getResources("classpath*:META-INF/resources/webjars/swagger-ui/*/swagger-ui-bundle.js");
				if (bundles.length == 0) {
					throw new IllegalStateException("Swagger UI's webjar is missing from the build");
				}
				String url = bundles[0].getURL().toString();
				folder = url.substring(url.indexOf("META-INF/"), url.lastIndexOf('/') + 1);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.swaggerUi = folder;
		}
		return folder;
	}

	@GetMapping("/openapi.json")
	ResponseEntity<byte[]> merged() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.descriptions.merged());
	}

	@GetMapping("/openapi/{file}")
	ResponseEntity<byte[]> file(@PathVariable String file) {
		return switch (file) {
			case ApiDescriptions.BELVO -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(this.descriptions.belvo());
			case ApiDescriptions.EXTENSIONS -> ResponseEntity.ok()
				.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
				.body(this.descriptions.extensions());
			default -> throw ApiException.notFound();
		};
	}

	@GetMapping("/docs/")
	ResponseEntity<byte[]> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", CSP)
			.body(read("docs/index.html"));
	}

	@GetMapping("/docs/{asset:[a-z\\-]+\\.(?:js|css)}")
	ResponseEntity<byte[]> asset(@PathVariable String asset) {
		MediaType type = ASSETS.get(asset);
		if (type == null) {
			throw ApiException.notFound();
		}
		String path = asset.startsWith("docs.") ? "docs/" + asset : swaggerUi() + asset;
		return ResponseEntity.ok().contentType(type).body(read(path));
	}

	private static byte[] read(String path) {
		try (InputStream in = DocsController.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw ApiException.notFound();
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
