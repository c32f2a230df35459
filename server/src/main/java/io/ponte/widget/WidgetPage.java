package io.ponte.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The hosted widget's page, {@code /widget/?access_token=...&locale=pt}: a shell that loads the widget's script
 * and style (served from the classpath, no CDN) under a Content-Security-Policy that allows nothing else. A token
 * that opens nothing gets a page saying why, in the user's language, and no widget.
 */
@Controller
class WidgetPage {

	static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	/** The assets the page may load, and their types. */
	private static final Map<String, MediaType> ASSETS = Map.of("app.js",
			new MediaType("text", "javascript", StandardCharsets.UTF_8), "app.css",
			new MediaType("text", "css", StandardCharsets.UTF_8));

	private static final List<String> LANGUAGES = List.of("pt", "es", "en");

	private final WidgetTokens tokens;

	WidgetPage(WidgetTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/widget/")
	ResponseEntity<String> page(@RequestParam(name = "access_token", required = false) String token,
			@RequestParam(required = false) String locale,
			@RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
		String language = language(locale, acceptLanguage);
		WidgetTokens.Refusal refusal = null;
		try {
			this.tokens.open(token);
		}
		catch (WidgetTokens.Refused refused) {
			refusal = refused.refusal();
		}
		if (refusal != null) {
			return refused(refusal, language);
		}
		return html(HttpStatus.OK, language, """
				<main id="app" aria-live="polite"></main>
				<script src="/widget/app.js" defer></script>""", CSP);
	}

	@GetMapping("/widget/{asset:app\\.(?:js|css)}")
	ResponseEntity<byte[]> asset(@PathVariable String asset) {
		MediaType type = ASSETS.get(asset);
		try (InputStream in = new ClassPathResource("widget/" + asset).getInputStream()) {
			return ResponseEntity.ok().contentType(type).body(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code locale} when it names a language the widget speaks, else the best of Accept-Language, else English. */
	static String language(String locale, String acceptLanguage) {
		if (locale != null) {
			String asked = locale.toLowerCase(Locale.ROOT);
			for (String language : LANGUAGES) {
				if (asked.startsWith(language)) {
					return language;
				}
			}
		}
		if (acceptLanguage != null) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
					String asked = range.getRange().toLowerCase(Locale.ROOT);
					for (String language : LANGUAGES) {
						if (asked.startsWith(language)) {
							return language;
						}
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header names no language
			}
		}
		return "en";
	}

	/** The page for a token that opens nothing, saying why. */
	static ResponseEntity<String> refused(WidgetTokens.Refusal refusal, String language) {
		String[] text = refusalText(refusal, language);
		return html(HttpStatus.UNAUTHORIZED, language, """
				<main class="refused"><h1>%s</h1><p>%s</p></main>""".formatted(escape(text[0]), escape(text[1])), CSP);
	}

	private static String[] refusalText(WidgetTokens.Refusal refusal, String language) {
		return switch (language + ":" + refusal) {
			case "pt:EXPIRED" -> new String[] { "Sessão expirada", "Esta sessão expirou. Volte ao aplicativo e abra a conexão novamente." };
			case "pt:USED" -> new String[] { "Sessão já usada", "Esta sessão já foi usada. Volte ao aplicativo e abra a conexão novamente." };
			case "pt:UNKNOWN" -> new String[] { "Sessão inválida", "Este endereço não abre nenhuma sessão. Volte ao aplicativo e abra a conexão novamente." };
			case "es:EXPIRED" -> new String[] { "Sesión expirada", "Esta sesión expiró. Vuelve a la aplicación y abre la conexión de nuevo." };
			case "es:USED" -> new String[] { "Sesión ya usada", "Esta sesión ya se usó. Vuelve a la aplicación y abre la conexión de nuevo." };
			case "es:UNKNOWN" -> new String[] { "Sesión inválida", "Esta dirección no abre ninguna sesión. Vuelve a la aplicación y abre la conexión de nuevo." };
			case "en:EXPIRED" -> new String[] { "Session expired", "This session expired. Go back to the app and open the connection again." };
			case "en:USED" -> new String[] { "Session already used", "This session was used already. Go back to the app and open the connection again." };
			default -> new String[] { "Invalid session", "This address opens no session. Go back to the app and open the connection again." };
		};
	}

	static ResponseEntity<String> html(HttpStatus status, String language, String body, String csp) {
		String page = """
				<!doctype html>
				<html lang="%s"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Ponte Connect</title><link rel="stylesheet" href="/widget/app.css"></head>
				<body>%s</body></html>""".formatted(language.equals("pt") ? "pt-BR" : language, body);
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", csp)
			.body(page);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
