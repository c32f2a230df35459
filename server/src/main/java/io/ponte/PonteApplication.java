package io.ponte;

import io.ponte.encryption.EncryptionCommand;
import io.ponte.organizations.KeysCommand;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Entry point. {@code java -jar ponte-server.jar} serves the API; {@code java -jar ponte-server.jar keys ...}
 * runs the key-management command against the same database and exits, without opening an HTTP port; so does
 * {@code encryption ...}, for the key that encrypts stored secrets.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PonteApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("keys")) {
			System.exit(KeysCommand.run(commandLine(), args));
		}
		if (args.length > 0 && args[0].equals("encryption")) {
			System.exit(EncryptionCommand.run(commandLine(), args));
		}
		SpringApplication.run(PonteApplication.class, args);
	}

	/** The application the commands run in: the same configuration and database, no web server, the cli profile. */
	public static SpringApplication commandLine() {
		SpringApplication app = new SpringApplication(PonteApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setAdditionalProfiles("cli");
		return app;
	}

	/**
	 * Every reading of the time goes through this clock (expiries, retention, retrieval windows, the sandbox's
	 * today), so tests and the sandbox's simulated time can move it.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
