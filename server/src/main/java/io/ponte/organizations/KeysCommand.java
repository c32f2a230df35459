package io.ponte.organizations;

import io.ponte.api.Environment;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code keys create|list|rotate|revoke}: key management from the command line, against whichever database the
 * server is configured for. With the embedded database, stop the server first (one process per data folder).
 *
 * <pre>
 * keys create [--environment sandbox|production] [--organization ID | --new-organization NAME]
 * keys list
 * keys rotate SECRET_ID [--overlap 24h]
 * keys revoke SECRET_ID
 * </pre>
 */
public final class KeysCommand {

	static final String USAGE = """
			usage: keys create [--environment sandbox|production] [--organization ID | --new-organization NAME]
			       keys list
			       keys rotate SECRET_ID [--overlap 24h]   (s, m, h, d or ISO 8601; 0s revokes at once)
			       keys revoke SECRET_ID""";

	static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);

	private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})([smhd])");

	private KeysCommand() {
	}

	/** Runs the command in a non-web application context and returns the process exit code. */
	public static int run(SpringApplication app, String[] args) {
		List<String> words = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
		if (words.isEmpty()) {
			System.err.println(USAGE);
			return 2;
		}
		try (ConfigurableApplicationContext context = app.run()) {
			return execute(context.getBean(ApiKeys.class), context.getBean(OrganizationDao.class), words, System.out,
					System.err);
		}
	}

	static int execute(ApiKeys keys, OrganizationDao dao, List<String> words, PrintStream out, PrintStream err) {
		String verb = words.getFirst();
		List<String> options = words.subList(1, words.size());
		try {
			return switch (verb) {
				case "create" -> create(keys, dao, options, out);
				case "list" -> list(dao, out);
				case "rotate" -> rotate(keys, options, out, err);
				case "revoke" -> revoke(keys, options, out, err);
				default -> usage(err, "unknown command: " + verb);
			};
		}
		catch (IllegalArgumentException ex) {
			return usage(err, ex.getMessage());
		}
	}

	private static int create(ApiKeys keys, OrganizationDao dao, List<String> options, PrintStream out) {
		Environment environment = Environment.SANDBOX;
		UUID organization = null;
		String newOrganization = null;
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			String value = i + 1 < options.size() ? options.get(++i) : null;
			if (value == null) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			switch (option) {
				case "--environment" -> environment = switch (value) {
					case "sandbox" -> Environment.SANDBOX;
					case "production" -> Environment.PRODUCTION;
					default -> throw new IllegalArgumentException("--environment is sandbox or production");
				};
				case "--organization" -> organization = UUID.fromString(value);
				case "--new-organization" -> newOrganization = value;
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}
		NewKey key;
		if (newOrganization != null) {
			key = keys.createOrganization(newOrganization, environment);
		}
		else {
			UUID target = organization != null ? organization
					: dao.findOrganizationByName(KeyBootstrap.DEFAULT_ORGANIZATION)
						.orElseGet(() -> dao.insertOrganization(KeyBootstrap.DEFAULT_ORGANIZATION));
			if (!dao.organizationExists(target)) {
				throw new IllegalArgumentException("no organization " + target);
			}
			key = keys.create(target, environment, "created with keys create");
		}
		out.println("organization:    " + key.organizationId());
		out.println("environment:     " + key.environment().value());
		out.println("secret id:       " + key.secretId());
		out.println("secret password: " + key.secretPassword());
		return 0;
	}

	private static int list(OrganizationDao dao, PrintStream out) {
		out.printf("%-36s  %-36s  %-10s  %-7s  %-32s  %s%n", "secret id", "organization", "env", "state", "created",
				"expires");
		Instant now = Instant.now();
		for (ApiKeyRow key : dao.listKeys()) {
			String state = key.revokedAt() != null ? "revoked" : key.activeAt(now) ? "active" : "expired";
			out.printf("%-36s  %-36s  %-10s  %-7s  %-32s  %s%n", key.secretId(), key.organizationId(),
					key.environment().value(), state, key.createdAt(), key.expiresAt() == null ? "-" : key.expiresAt());
		}
		return 0;
	}

	private static int rotate(ApiKeys keys, List<String> options, PrintStream out, PrintStream err) {
		if (options.isEmpty() || options.getFirst().startsWith("--")) {
			throw new IllegalArgumentException("rotate takes a secret id");
		}
		Duration overlap = DEFAULT_OVERLAP;
		List<String> rest = options.subList(1, options.size());
		if (rest.size() == 2 && rest.getFirst().equals("--overlap")) {
			overlap = duration(rest.get(1));
		}
		else if (!rest.isEmpty()) {
			throw new IllegalArgumentException("rotate takes a secret id and optionally --overlap DURATION");
		}
		Optional<ApiKeys.Rotation> rotation = keys.rotate(options.getFirst(), overlap);
		if (rotation.isEmpty()) {
			err.println("no active key " + options.getFirst());
			return 1;
		}
		NewKey key = rotation.get().key();
		out.println("organization:    " + key.organizationId());
		out.println("environment:     " + key.environment().value());
		out.println("secret id:       " + key.secretId());
		out.println("secret password: " + key.secretPassword());
		out.println("old key " + rotation.get().oldSecretId() + " stops working at " + rotation.get().oldKeyExpiresAt());
		return 0;
	}

	/** {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}, or ISO 8601 ({@code PT36H}); never negative. */
	static Duration duration(String text) {
		Matcher matcher = SHORT_DURATION.matcher(text);
		Duration duration;
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			duration = switch (matcher.group(2)) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
		}
		else {
			try {
				duration = Duration.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("--overlap is a duration such as 24h, 30m or PT36H", ex);
			}
		}
		if (duration.isNegative()) {
			throw new IllegalArgumentException("--overlap cannot be negative");
		}
		return duration;
	}

	private static int revoke(ApiKeys keys, List<String> options, PrintStream out, PrintStream err) {
		if (options.size() != 1) {
			throw new IllegalArgumentException("revoke takes one secret id");
		}
		if (!keys.revoke(options.getFirst())) {
			err.println("no active key " + options.getFirst());
			return 1;
		}
		out.println("revoked " + options.getFirst());
		return 0;
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println(USAGE);
		return 2;
	}

}
