package io.ponte.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every declared {@link StoredResource}, checked once at startup: tables and routes are unique, references (also
 * those inside arrays) name a declared resource, and the order puts each resource after the one its items belong
 * to (so retrievals and loads store targets first, and deletions go the other way).
 */
@Component
public class StoredResources {

	private final Map<String, StoredResource> byTable = new LinkedHashMap<>();

	StoredResources(List<StoredResource> declared) {
		Map<String, StoredResource> tables = new LinkedHashMap<>();
		Map<String, StoredResource> paths = new LinkedHashMap<>();
		for (StoredResource resource : declared) {
			if (tables.put(resource.table(), resource) != null) {
				throw new IllegalStateException("Two stored resources are declared in table " + resource.table());
			}
			if (paths.put(resource.path(), resource) != null) {
				throw new IllegalStateException("Two stored resources are declared at " + resource.path());
			}
		}
		for (StoredResource resource : declared) {
			addAfterTargets(resource, tables, new ArrayList<>());
			for (ReferenceArray array : resource.referenceArrays()) {
				if (!tables.containsKey(array.target())) {
					throw new IllegalStateException(resource.table() + " names items of " + array.target()
							+ ", which no stored resource declares");
				}
			}
		}
	}

	private void addAfterTargets(StoredResource resource, Map<String, StoredResource> tables,
			List<StoredResource> visiting) {
		if (this.byTable.containsKey(resource.table())) {
			return;
		}
		if (visiting.contains(resource)) {
			throw new IllegalStateException("Stored resources refer to each other in a cycle: " + visiting);
		}
		visiting.add(resource);
		if (resource.reference() != null) {
			addAfterTargets(target(resource, tables), tables, visiting);
		}
		this.byTable.put(resource.table(), resource);
	}

	private static StoredResource target(StoredResource resource, Map<String, StoredResource> tables) {
		StoredResource target = tables.get(resource.reference().target());
		if (target == null) {
			throw new IllegalStateException(resource.table() + " belongs to " + resource.reference().target()
					+ ", which no stored resource declares");
		}
		return target;
	}

	/** Every resource, each after the resource its items belong to. */
	public List<StoredResource> all() {
		return List.copyOf(this.byTable.values());
	}

	/** The resource stored in this table. */
	public StoredResource named(String table) {
		return Optional.ofNullable(this.byTable.get(table))
			.orElseThrow(() -> new IllegalArgumentException("No stored resource in table " + table));
	}

	/** The resource the items of {@code resource} belong to, or null. */
	StoredResource targetOf(StoredResource resource) {
		return resource.reference() == null ? null : this.byTable.get(resource.reference().target());
	}

}
