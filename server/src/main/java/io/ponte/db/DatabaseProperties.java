package io.ponte.db;

import java.nio.file.Path;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. {@code url} set means an external PostgreSQL ({@code PONTE_DB_URL} or Spring's
 * datasource properties); unset means the embedded server under {@code dataDir}.
 */
record DatabaseProperties(String url, String user, String password, String dataDir, int poolSize) {

	/** Read once the environment is prepared: by the bean, and earlier by {@link EarlyEmbeddedDatabase}. */
	static DatabaseProperties of(Environment env) {
		String url = firstNonBlank(env.getProperty("ponte.db.url"), env.getProperty("spring.datasource.url"));
		String user = firstNonBlank(env.getProperty("ponte.db.user"), env.getProperty("spring.datasource.username"));
		String password = firstNonBlank(env.getProperty("ponte.db.password"),
				env.getProperty("spring.datasource.password"));
		return new DatabaseProperties(url, user, password, env.getProperty("ponte.data-dir", "./data"),
				env.getProperty("ponte.db.pool-size", Integer.class, 16));
	}

	boolean external() {
		return this.url != null;
	}

	/** The embedded cluster's folder. */
	Path embeddedDirectory() {
		return Path.of(this.dataDir, "postgres").toAbsolutePath().normalize();
	}

	private static String firstNonBlank(String a, String b) {
		return StringUtils.hasText(a) ? a : (StringUtils.hasText(b) ? b : null);
	}

}
