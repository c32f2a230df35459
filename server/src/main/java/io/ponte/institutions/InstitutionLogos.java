package io.ponte.institutions;

import io.ponte.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The institutions' logos, served by Ponte itself ({@code /assets/institutions/{name}/logo.svg},
 * {@code icon.svg}, {@code text.svg}): drawn from the institution's display name and colour, so every sandbox bank
 * (aggregation and payments) has a logo, an icon and a word mark, with no file to keep and nothing fetched from
 * elsewhere. The API's {@code logo}, {@code icon_logo} and {@code text_logo} point here.
 */
@RestController
public class InstitutionLogos {

	private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	private final JdbcClient jdbc;

	InstitutionLogos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The absolute URL of an institution's logo of this kind ({@code logo}, {@code icon}, {@code text}), from the
	 * request being answered (a path alone outside a request).
	 */
	public static String url(String institution, String kind) {
		String path = "/assets/institutions/" + institution + "/" + kind + ".svg";
		if (RequestContextHolder.getRequestAttributes() == null) {
			return path;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	/** The catalogue's logo when it has one, else the one Ponte draws for the institution. */
	public static String storedOrDrawn(String stored, String institution, String kind) {
		return stored == null || stored.isEmpty() ? url(institution, kind) : stored;
	}

	private record Brand(String displayName, String color) {
	}

	@GetMapping("/assets/institutions/{name}/{kind:logo|icon|text}.svg")
	ResponseEntity<String> logo(@PathVariable String name, @PathVariable String kind) {
		Brand brand = brand(name).orElseThrow(ApiException::notFound);
		String color = brand.color() != null && brand.color().matches("^#[0-9a-fA-F]{6}$") ? brand.color() : "#33415c";
		String display = HtmlUtils.htmlEscape(brand.displayName(), StandardCharsets.UTF_8.name());
		String initials = HtmlUtils.htmlEscape(initials(brand.displayName()), StandardCharsets.UTF_8.name());
		String svg = switch (kind) {
			case "icon" -> """
					<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img" aria-label="%s">
					<rect width="64" height="64" rx="14" fill="%s"/>
					<text x="32" y="41" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="24" font-weight="700" fill="#ffffff">%s</text>
					</svg>""".formatted(display, color, initials);
			case "text" -> """
					<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="40" viewBox="0 0 %d 40" role="img" aria-label="%s">
					<text x="0" y="28" font-family="Helvetica, Arial, sans-serif" font-size="22" font-weight="700" fill="%s">%s</text>
					</svg>""".formatted(width(brand), width(brand), display, color, display);
			default -> """
					<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="48" viewBox="0 0 %d 48" role="img" aria-label="%s">
					<rect x="0" y="4" width="40" height="40" rx="9" fill="%s"/>
					<text x="20" y="30" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="15" font-weight="700" fill="#ffffff">%s</text>
					<text x="50" y="31" font-family="Helvetica, Arial, sans-serif" font-size="18" font-weight="600" fill="#1d2129">%s</text>
					</svg>""".formatted(width(brand) + 50, width(brand) + 50, display, color, initials, display);
		};
		return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache()).body(svg);
	}

	private Optional<Brand> brand(String name) {
		return this.jdbc.sql("""
				select display_name, primary_color from institutions where name = :name
				union all
				select display_name, primary_color from payment_institutions where name = :name
				limit 1""")
			.param("name", name)
			.query((rs, row) -> new Brand(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** Up to two initials from the words of the name that are not small words ("Banco do Brasil" gives BB). */
	static String initials(String displayName) {
		StringBuilder initials = new StringBuilder();
		for (String word : displayName.split("[\\s\\-]+")) {
			if (word.isEmpty() || word.length() <= 2 && Character.isLowerCase(word.charAt(0))) {
				continue;
			}
			initials.appendCodePoint(word.toUpperCase(Locale.ROOT).codePointAt(0));
			if (initials.length() >= 2) {
				break;
			}
		}
		return initials.isEmpty() ? "?" : initials.toString();
	}

	/** Room for the name at the font size used (an estimate: 11 px per character). */
	private static int width(Brand brand) {
		return Math.min(600, 20 + brand.displayName().length() * 11);
	}

}
