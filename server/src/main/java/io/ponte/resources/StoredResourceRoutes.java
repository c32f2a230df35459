package io.ponte.resources;

import io.ponte.api.ListQueries;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Registers the routes of every declared {@link StoredResource} with Spring MVC, each served by its own
 * {@link StoredResourceEndpoints}: there is no route string to keep in sync with the declarations. A resource
 * that is not resumable has no {@code PATCH} and one that is not deletable no {@code DELETE}, so Spring answers
 * those with its own 405 and {@code Allow} header.
 */
@Component
// the command-line commands run without a web server, so without routes
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StoredResourceRoutes {

	StoredResourceRoutes(StoredResources resources, Retrievals retrievals, ListQueries lists,
			DocumentStore store, AsyncRetrievals async, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		for (StoredResource resource : resources.all()) {
			StoredResourceEndpoints endpoints = new StoredResourceEndpoints(resource, retrievals, lists, store, async);
			String collection = resource.path();
			String item = collection + "{id}/";
			register(mapping, endpoints, collection, RequestMethod.GET, "list");
			register(mapping, endpoints, collection, RequestMethod.POST, "retrieve");
			if (resource.resumable()) {
				register(mapping, endpoints, collection, RequestMethod.PATCH, "resume");
			}
			register(mapping, endpoints, item, RequestMethod.GET, "detail");
			if (resource.deletable()) {
				register(mapping, endpoints, item, RequestMethod.DELETE, "delete");
			}
		}
	}

	private static void register(RequestMappingHandlerMapping mapping, StoredResourceEndpoints endpoints,
			String path, RequestMethod method, String handler) {
		RequestMappingInfo info = RequestMappingInfo.paths(path)
			.methods(method)
			.options(mapping.getBuilderConfiguration())
			.build();
		mapping.registerMapping(info, endpoints, endpoint(handler));
	}

	private static Method endpoint(String name) {
		return Arrays.stream(StoredResourceEndpoints.class.getDeclaredMethods())
			.filter(m -> m.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No endpoint method " + name));
	}

}
