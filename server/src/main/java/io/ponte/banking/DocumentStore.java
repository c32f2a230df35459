package io.ponte.banking;

import io.ponte.api.Caller;
import io.ponte.api.RawJson;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes retrieved documents of any stored resource in one statement per batch (arrays unnested by
 * PostgreSQL), keyed by the institution's identity of each item so a second retrieval updates, never duplicates.
 */
@Repository
class DocumentStore {

	/** Rows per statement: large enough to write a year of transactions in a few round trips. */
	static final int BATCH = 2000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DocumentStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Upserts {@code documents} for a link and returns the server id of each, by internal identification.
	 * {@code referenceIds} maps the institution's identifications of referenced items to their stored ids.
	 */
	Map<String, UUID> upsert(Caller caller, UUID linkId, StoredResource resource, List<ObjectNode> documents,
			OffsetDateTime collectedAt, Map<String, UUID> referenceIds) {
		Map<String, UUID> ids = new HashMap<>();
		for (int from = 0; from < documents.size(); from += BATCH) {
			ids.putAll(upsertBatch(caller, linkId, resource,
					documents.subList(from, Math.min(documents.size(), from + BATCH)), collectedAt, referenceIds));
		}
		renderStored(caller, resource, ids.values());
		return ids;
	}

	/**
	 * Renders the API object of each written row once, at write time, through the resource's view: lists then
	 * read text instead of building JSON (with nested accounts) for every row of every page. The nested objects
	 * are as they were when the row was collected, as in Belvo.
	 */
	private void renderStored(Caller caller, StoredResource resource, java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("update " + resource.table() + " t set rendered = v.body::text from " + resource.view()
				+ " v where v.organization_id = t.organization_id and v.id = t.id"
				+ " and t.organization_id = ? and t.id = any(?::uuid[])")
			.params(caller.organizationId(), ids.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	private Map<String, UUID> upsertBatch(Caller caller, UUID linkId, StoredResource resource,
			List<ObjectNode> documents, OffsetDateTime collectedAt, Map<String, UUID> referenceIds) {
		StoredResource.Reference reference = resource.reference();
		boolean hasReference = reference != null;
		List<String> names = new ArrayList<>(List.of("id", "internal_identification", "document"));
		List<String> types = new ArrayList<>(List.of("uuid", "text", "jsonb"));
		if (hasReference) {
			names.add(reference.column());
			types.add("uuid");
		}
		resource.columns().forEach(c -> {
			names.add(c.name());
			types.add(c.sqlType());
		});
		String[][] values = new String[names.size()][documents.size()];
		for (int row = 0; row < documents.size(); row++) {
			ObjectNode document = documents.get(row).deepCopy();
			int column = 0;
			values[column++][row] = UUID.randomUUID().toString();
			values[column++][row] = document.path("internal_identification").asString();
			if (hasReference) {
				String referenced = document.path(reference.field()).asString(null);
				UUID referencedId = referenceIds.get(referenced);
				if (referencedId == null) {
					throw new IllegalStateException(resource.table() + " item refers to unknown " + reference.field()
							+ " " + referenced);
				}
				// the rendering view puts the current referenced object back in its place
				document.remove(reference.field());
				values[column + 1][row] = referencedId.toString();
			}
			values[2][row] = this.json.writeValueAsString(document);
			column = hasReference ? 4 : 3;
			for (Column c : resource.columns()) {
				values[column++][row] = c.value().apply(documents.get(row));
			}
		}
		StringBuilder unnest = new StringBuilder();
		StringBuilder select = new StringBuilder();
		StringBuilder update = new StringBuilder("collected_at = excluded.collected_at");
		for (int i = 0; i < names.size(); i++) {
			unnest.append(i == 0 ? "" : ", ").append("?::text[]");
			select.append(", u.").append(names.get(i)).append("::").append(types.get(i));
			if (i >= 2) {
				update.append(", ").append(names.get(i)).append(" = excluded.").append(names.get(i));
			}
		}
		String sql = "insert into " + resource.table() + " (organization_id, environment, link_id, collected_at, "
				+ String.join(", ", names) + ") select ?, ?, ?, ?" + select + " from unnest(" + unnest + ") as u("
				+ String.join(", ", names) + ") on conflict (organization_id, link_id, internal_identification)"
				+ " do update set " + update + " returning internal_identification, id";
		List<Object> params = new ArrayList<>(List.of(caller.organizationId(), caller.environment().value(), linkId,
				collectedAt));
		for (String[] column : values) {
			params.add(column);
		}
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc.sql(sql).params(params).query(rs -> {
			ids.put(rs.getString(1), rs.getObject(2, UUID.class));
		});
		return ids;
	}

	/** The rendered items with these ids, in the resource's list order. */
	List<RawJson> render(Caller caller, StoredResource resource, UUID linkId, java.util.Collection<UUID> ids) {
		return this.jdbc
			.sql("select rendered from " + resource.view() + " where organization_id = ? and link_id = ? and id = any(?::uuid[])"
					+ " order by " + resource.orderBy())
			.params(caller.organizationId(), linkId, ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> new RawJson(rs.getString(1)))
			.list();
	}

	boolean delete(Caller caller, StoredResource resource, UUID id) {
		return this.jdbc
			.sql("delete from " + resource.table() + " where organization_id = ? and environment = ? and id = ?")
			.params(caller.organizationId(), caller.environment().value(), id)
			.update() > 0;
	}

}
