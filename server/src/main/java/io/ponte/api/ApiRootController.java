package io.ponte.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/}: the official SDKs call it to check the keys (200 means logged in). Like Django REST
 * framework's API root, it lists the collections this server offers, as absolute URLs.
 */
@RestController
class ApiRootController {

	private final List<ApiCollection> collections;

	ApiRootController(List<ApiCollection> collections) {
		this.collections = List.copyOf(collections);
	}

	@GetMapping("/api/")
	Map<String, String> root(Caller caller) {
		Map<String, String> root = new LinkedHashMap<>();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		this.collections.stream()
			.sorted(java.util.Comparator.comparing(ApiCollection::name))
			.forEach(c -> root.put(c.name(), base + c.path()));
		return root;
	}

}
