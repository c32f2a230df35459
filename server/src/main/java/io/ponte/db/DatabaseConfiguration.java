package io.ponte.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
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
		config.addDataSourceProperty("options", "-c plan_cache_mode=force_generic_plan");
		if (embedded.database() != null) {
			config.setJdbcUrl(embedded.database().jdbcUrl());
			config.setUsername(embedded.database().user());
		}
		else {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		return new HikariDataSource(config);
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
