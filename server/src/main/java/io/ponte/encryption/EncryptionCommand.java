package io.ponte.encryption;

import io.ponte.links.CredentialCipher;
import io.ponte.links.EncryptionKeys;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code encryption new-key|status|reencrypt}: rotation of the key that encrypts stored secrets, from the command
 * line. {@code new-key} only writes the key file (it runs beside a server); the others use the database, so with
 * the embedded one they need the server stopped, and with {@code PONTE_DB_URL} they run beside the servers.
 *
 * <pre>
 * encryption new-key     a new current key (in the data folder's key file, or printed for PONTE_ENCRYPTION_KEYS)
 * encryption status      how many stored secrets are under each key
 * encryption reencrypt   moves every stored secret under the current key now
 * </pre>
 */
public final class EncryptionCommand {

	static final String USAGE = """
			usage: encryption new-key
			       encryption status
			       encryption reencrypt""";

	private EncryptionCommand() {
	}

	/** Runs the command ({@code app}: the non-web application, for the commands that use the database). */
	public static int run(SpringApplication app, String[] args) {
		// --name=value arguments are settings (PONTE_DATA_DIR and the others), for Spring
		List<String> words = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
		if (words.size() != 1) {
			return usage(System.err, words.isEmpty() ? "a command is needed" : "one command, no options");
		}
		if (words.getFirst().equals("new-key")) {
			SpringApplication environmentOnly = new SpringApplication(EnvironmentOnly.class);
			environmentOnly.setWebApplicationType(WebApplicationType.NONE);
			environmentOnly.setAdditionalProfiles("cli");
			try (ConfigurableApplicationContext context = environmentOnly.run(args)) {
				return newKey(context.getEnvironment(), System.out);
			}
		}
		if (!List.of("status", "reencrypt").contains(words.getFirst())) {
			return usage(System.err, "unknown command: " + words.getFirst());
		}
		try (ConfigurableApplicationContext context = app.run(args)) {
			return execute(context.getBean(Reencryption.class), context.getBean(CredentialCipher.class),
					words.getFirst(), System.out);
		}
	}

	static int newKey(Environment environment, PrintStream out) {
		byte[] key = EncryptionKeys.generate();
		String id = CredentialCipher.idOf(key);
		if (!EncryptionKeys.fromFile(environment)) {
			out.println("new key " + id + ": " + EncryptionKeys.encode(key));
			out.println("Set PONTE_ENCRYPTION_KEYS to it, a comma, then the keys in use now (newest first), on every");
			out.println("instance; each start re-encrypts stored secrets under it in the background.");
			return 0;
		}
		Path file = EncryptionKeys.file(environment);
		EncryptionKeys.prependNewKey(file, key);
		out.println("new key " + id + " is now first (current) in " + file + "; the keys after it only decrypt.");
		out.println("Restart the server: it re-encrypts every stored secret under the new key in the background.");
		return 0;
	}

	static int execute(Reencryption reencryption, CredentialCipher cipher, String verb, PrintStream out) {
		int unreadable = 0;
		if (verb.equals("reencrypt")) {
			for (Map.Entry<String, Reencryption.Outcome> outcome : reencryption.run().entrySet()) {
				out.printf("%-40s  re-encrypted %d, unreadable %d%n", outcome.getKey(), outcome.getValue().rewritten(),
						outcome.getValue().unreadable());
				unreadable += outcome.getValue().unreadable();
			}
		}
		out.println("keys: " + cipher.keyIds() + " (current first)");
		out.printf("%-40s  %-8s  %-8s  %s%n", "column", "key", "state", "count");
		Reencryption.describe(reencryption.census(), cipher).forEach(out::println);
		return unreadable == 0 ? 0 : 1;
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println(USAGE);
		return 2;
	}

	/** A context of configuration only (properties, environment, arguments): no database, no web server. */
	static final class EnvironmentOnly {
	}

}
