package io.ponte.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ponte.PonteApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded PostgreSQL starts beside the context (EarlyEmbeddedDatabase); its lifecycle stays the bean's. */
class EarlyEmbeddedDatabaseTests {

	@TempDir
	Path folder;

	@Test
	void theServerRunsOnTheDatabaseStartedEarlyAndStopsIt() {
		Path postgres = this.folder.resolve("postgres");
		try (ConfigurableApplicationContext context = new SpringApplication(PonteApplication.class)
			.run("--ponte.data-dir=" + this.folder, "--server.port=0", "--db-scheduler.enabled=false")) {
			assertThat(postgres.resolve("postmaster.pid")).exists();
			assertThat(context.getBean(DatabaseConfiguration.EmbeddedDatabaseHolder.class).database().directory())
				.isEqualTo(postgres.toAbsolutePath().normalize());
		}
		assertThat(postgres.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aStartFailingBeforeTheDatabaseIsClaimedStopsThePostgresStartedForIt() {
		Path postgres = this.folder.resolve("postgres");
		SpringApplication app = new SpringApplication(PonteApplication.class, FailsBeforeAnyBean.class);
		assertThatThrownBy(() -> app.run("--ponte.data-dir=" + this.folder, "--server.port=0"))
			.hasStackTraceContaining("fails before any bean");
		// the cluster was initialised, so PostgreSQL was started for this run; it is stopped with the failure
		assertThat(postgres.resolve("PG_VERSION")).exists();
		assertThat(postgres.resolve("postmaster.pid")).doesNotExist();
	}

	@Configuration(proxyBeanMethods = false)
	static class FailsBeforeAnyBean {

		@Bean
		static BeanFactoryPostProcessor failing() {
			return beanFactory -> {
				throw new IllegalStateException("fails before any bean");
			};
		}

	}

}
