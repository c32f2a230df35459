package io.ponte.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Supplies {@link OnEachDatabase} (and {@link OnOneDatabase}) tests with one shared server per database, started on first use and
 * stopped when the test run ends.
 */
final class EachDatabaseExtension implements TestTemplateInvocationContextProvider {

	private static final Map<String, PonteServer> SERVERS = new ConcurrentHashMap<>();

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return context.getRequiredTestMethod().isAnnotationPresent(OnEachDatabase.class)
				|| context.getRequiredTestMethod().isAnnotationPresent(OnOneDatabase.class);
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		List<String> databases = databases();
		if (context.getRequiredTestMethod().isAnnotationPresent(OnOneDatabase.class)) {
			databases = List.of(databases.getLast());
		}
		return databases.stream().map(name -> invocation(name, context));
	}

	/** The databases tests run on: embedded always, external when configured. */
	static List<String> databases() {
		List<String> databases = new ArrayList<>(List.of("embedded"));
		if (Database.external().isPresent()) {
			databases.add("external");
		}
		return databases;
	}

	private static TestTemplateInvocationContext invocation(String name, ExtensionContext context) {
		return new TestTemplateInvocationContext() {
			@Override
			public String getDisplayName(int invocationIndex) {
				return "on " + name + " PostgreSQL";
			}

			@Override
			public List<org.junit.jupiter.api.extension.Extension> getAdditionalExtensions() {
				return List.of(new ParameterResolver() {
					@Override
					public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
						return parameter.getParameter().getType() == PonteServer.class;
					}

					@Override
					public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
						return server(name, extension);
					}
				});
			}
		};
	}

	static PonteServer server(String name, ExtensionContext context) {
		return SERVERS.computeIfAbsent(name, key -> {
			Database database = key.equals("external") ? Database.external().orElseThrow() : Database.embedded();
			// webhook retries in tenths of seconds, so delivery tests see a whole back-off run
			PonteServer server = PonteServer.start(database, Map.of("ponte.webhooks.backoff", "100ms",
					"ponte.webhooks.timeout", "2s", "db-scheduler.polling-interval", "200ms"));
			context.getRoot()
				.getStore(ExtensionContext.Namespace.GLOBAL)
				.put("ponte-server-" + key, (AutoCloseable) server::close);
			return server;
		});
	}

}
