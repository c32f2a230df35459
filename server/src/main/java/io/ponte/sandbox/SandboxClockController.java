package io.ponte.sandbox;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/sandbox/clock/}: read or move the organization's sandbox clock forward, {@code {"advance": "30d"}}
 * ({@code s}, {@code m}, {@code h}, {@code d}, or an ISO 8601 duration) or {@code {"to": "<instant>"}}. Moving it
 * makes the recurrent links that fell due refresh at once, as of the new time, with the webhooks a real refresh
 * sends.
 */
@RestController
class SandboxClockController {

	private static final Pattern SHORT = Pattern.compile("^(\\d{1,6})([smhd])$");

	private final SandboxClocks clocks;

	private final List<SandboxClockListener> listeners;

	private final Clock clock;

	SandboxClockController(SandboxClocks clocks, List<SandboxClockListener> listeners, Clock clock) {
		this.clocks = clocks;
		this.listeners = listeners;
		this.clock = clock;
	}

	@GetMapping("/api/sandbox/clock/")
	Map<String, Object> read(Caller caller) {
		return view(caller);
	}

	@PostMapping("/api/sandbox/clock/")
	Map<String, Object> move(Caller caller, @RequestBody JsonNode node) {
		JsonBody body = JsonBody.of(node);
		boolean advance = body.has("advance");
		if (advance == body.has("to")) {
			throw ApiException.invalid(advance ? "to" : "advance", "invalid", "Give either advance (for example "
					+ "\"30d\") or to (an instant), not both.");
		}
		if (advance) {
			this.clocks.advance(caller, duration(body.requiredString("advance")));
		}
		else {
			try {
				this.clocks.moveTo(caller, Instant.parse(body.requiredString("to")), "to");
			}
			catch (DateTimeParseException ex) {
				throw ApiException.invalid("to", "invalid", "Enter an instant in ISO 8601 (2027-01-01T00:00:00Z).");
			}
		}
		this.listeners.forEach(SandboxClockListener::clockMoved);
		return view(caller);
	}

	private Map<String, Object> view(Caller caller) {
		Map<String, Object> view = new LinkedHashMap<>();
		Duration offset = this.clocks.offset(caller.organizationId(), caller.environment());
		view.put("now", this.clock.instant().plus(offset).toString());
		view.put("offset_seconds", offset.toSeconds());
		return view;
	}

	static Duration duration(String text) {
		Matcher m = SHORT.matcher(text.strip().toLowerCase(Locale.ROOT));
		Duration duration;
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			duration = switch (m.group(2)) {
				case "s" -> Duration.ofSeconds(n);
				case "m" -> Duration.ofMinutes(n);
				case "h" -> Duration.ofHours(n);
				default -> Duration.ofDays(n);
			};
		}
		else {
			try {
				duration = Duration.parse(text.strip());
			}
			catch (DateTimeParseException | ArithmeticException ex) {
				throw ApiException.invalid("advance", "invalid", "Enter a duration such as 30d, 12h or P30D.");
			}
		}
		if (duration.isNegative() || duration.isZero()) {
			throw ApiException.invalid("advance", "invalid", "A sandbox clock only moves forward.");
		}
		return duration;
	}

}
