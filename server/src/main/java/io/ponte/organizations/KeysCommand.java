package io.ponte.organizations;

import io.ponte.api.Environment;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code keys create|list|revoke}: key management from the command line, against whichever database the
 * server is configured for. With the embedded database, stop the server first (one process per data folder).
 *
 * <pre>
 * keys create [--environment sandbox|production] [--organization ID | --new-organization NAME]
 * keys list
 * keys revoke SECRET_ID
 * </pre>
 */
public final class KeysCommand {

	static final String USAGE = """
			usage: keys create [--environment sandbox|production] [--organization ID | --new-organization NAME]
			       keys list
			       keys revoke SECRET_ID""";

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
		out.printf("%-36s  %-36s  %-10s  %-7s  %s%n", "secret id", "organization", "env", "state", "created");
		for (ApiKeyRow key : dao.listKeys()) {
			out.printf("%-36s  %-36s  %-10s  %-7s  %s%n", key.secretId(), key.organizationId(),
					key.environment().value(), key.revokedAt() == null ? "active" : "revoked", key.createdAt());
		}
		return 0;
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
