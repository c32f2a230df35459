package io.ponte.testing;

import io.ponte.resources.StoredResource;
import io.ponte.resources.StoredResources;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Supplies {@link OnEachStoredResource} tests: the resources are read from the running server's registry. */
final class EachStoredResourceExtension implements TestTemplateInvocationContextProvider {

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return context.getRequiredTestMethod().isAnnotationPresent(OnEachStoredResource.class);
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		return EachDatabaseExtension.databases().stream().flatMap(database -> {
			PonteServer server = EachDatabaseExtension.server(database, context);
			return server.bean(StoredResources.class)
				.all()
				.stream()
				.map(resource -> invocation(database, server, resource));
		});
	}

	private static TestTemplateInvocationContext invocation(String database, PonteServer server,
			StoredResource resource) {
		return new TestTemplateInvocationContext() {
			@Override
			public String getDisplayName(int invocationIndex) {
				return resource.path() + " on " + database + " PostgreSQL";
			}

			@Override
			public List<Extension> getAdditionalExtensions() {
				return List.of(new ParameterResolver() {
					@Override
					public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
						Class<?> type = parameter.getParameter().getType();
						return type == PonteServer.class || type == StoredResource.class;
					}

					@Override
					public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
						return parameter.getParameter().getType() == PonteServer.class ? server : resource;
					}
				});
			}
		};
	}

}
