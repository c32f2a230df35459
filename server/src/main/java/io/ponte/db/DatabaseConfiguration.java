package io.ponte.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the PostgreSQL: an external server when a URL is configured, otherwise the embedded one whose
 * data lives in {@code PONTE_DATA_DIR}. Both are the same dialect, so nothing else in the server knows which.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) {
		if (properties.external()) {
			return new EmbeddedDatabaseHolder(null);
		}
		Path directory = properties.embeddedDirectory();
		return new EmbeddedDatabaseHolder(
				EarlyEmbeddedDatabase.claim(directory).orElseGet(() -> EmbeddedDatabase.start(directory)));
	}

	/** Depends on the holder, so the pool closes before the embedded server stops. */
	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("ponte");
		config.setMaximumPoolSize(properties.poolSize());
		// Our statements are few, parameterised and index-driven: a generic plan per prepared statement serves
		// them all, where PostgreSQL's default would re-plan the list views' joins on every call.
		// The request timeout is PostgreSQL's statement_timeout, set once per connection: a timeout per statement
		// on the driver's side armed and cancelled a java.util.Timer task around every statement (5 % of a list
		// request's CPU). A cancelled statement is SQLState 57014, answered 408 request_timeout.
		config.addDataSourceProperty("options", "-c plan_cache_mode=force_generic_plan -c statement_timeout="
				+ properties.statementTimeout().toMillis());
		Target target = Target.of(properties, embedded);
		config.setJdbcUrl(target.url());
		config.setUsername(target.user());
		config.setPassword(target.password());
		return new HikariDataSource(config);
	}

	/**
	 * Migrations connect on their own (Flyway's own connections, not the pool's), without the request timeout:
	 * building an index over millions of rows takes longer, and a setting changed on a pooled connection would
	 * outlive the migration.
	 */
	@Bean
	FlywayConfigurationCustomizer migrationsWithoutRequestTimeout(DatabaseProperties properties,
			EmbeddedDatabaseHolder embedded) {
		Target target = Target.of(properties, embedded);
		String url = target.url() + (target.url().contains("?") ? "&" : "?") + "options=-c%20statement_timeout%3D0";
		return configuration -> configuration.dataSource(url, target.user(), target.password());
	}

	/** Where the connections go: the external server, or the embedded one. */
	private record Target(String url, String user, String password) {

		static Target of(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
			return embedded.database() != null ? new Target(embedded.database().jdbcUrl(), embedded.database().user(), null)
					: new Target(properties.url(), properties.user(), properties.password());
		}

	}

	/** Null-tolerant wrapper: Spring beans cannot be null, and the embedded server is absent in production. */
	record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {

		@Override
		public void close() {
			if (this.database != null) {
				this.database.close();
			}
		}

	}

	@Bean
	DatabaseProperties databaseProperties(org.springframework.core.env.Environment env) {
		return DatabaseProperties.of(env);
	}

}
