package io.ponte.resources;

import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.RawJson;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes documents of any stored resource, a batch per statement (arrays unnested by PostgreSQL), keyed by the
 * institution's identity of each item so a second retrieval updates, never duplicates. Each row's API object is
 * rendered by the table's {@code <table>_body} SQL function in the same statement: lists then read text instead
 * of building JSON (with nested accounts) for every row of every page.
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

	/** Where a batch goes: whose it is, the link, the collection time, and the server ids of referenced items. */
	record Destination(Caller caller, UUID link, OffsetDateTime collectedAt, Map<String, UUID> referenceIds) {
	}

	/**
	 * Makes this transaction the only one writing the link's items until it ends (a background load and a client's
	 * retrieval of the same link would otherwise upsert the same rows in different orders and could deadlock), and
	 * holds off the link's deletion meanwhile. False when the link no longer exists: nothing is to be written.
	 */
	boolean lockLink(Caller caller, UUID link) {
		return this.jdbc.sql("select 1 from links where " + Caller.SCOPE + " and id = :id for no key update")
			.params(caller.scopeParameters())
			.param("id", link)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/**
	 * Upserts {@code documents} and returns the server id of each, by the institution's identification. A resource
	 * replaced when recomputed keeps only these: the link's others are deleted in the same transaction.
	 */
	Map<String, UUID> upsert(StoredResource resource, Destination destination, List<ObjectNode> documents) {
		List<WrittenColumn> columns = columnsOf(resource, destination);
		String sql = upsertSql(resource, columns);
		Map<String, UUID> ids = new HashMap<>();
		for (int from = 0; from < documents.size(); from += BATCH) {
			List<ObjectNode> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
			Map<String, Object> params = new HashMap<>();
			params.put("organization", destination.caller().organizationId());
			params.put("environment", destination.caller().environment().value());
			params.put("link", destination.link());
			params.put("collected_at", destination.collectedAt());
			for (WrittenColumn column : columns) {
				params.put(column.name(), batch.stream().map(column.value()).toArray(String[]::new));
			}
			this.jdbc.sql(sql).params(params).query(rs -> {
				ids.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		}
		if (resource.replacedWhenRecomputed()) {
			deleteAllBut(resource, destination.caller(), destination.link(), ids.values());
		}
		return ids;
	}

	/** One array parameter of the upsert: a column, its SQL type and its value in each document. */
	private record WrittenColumn(String name, String sqlType, Function<ObjectNode, String> value) {
	}

	private List<WrittenColumn> columnsOf(StoredResource resource, Destination destination) {
		StoredResource.Reference reference = resource.reference();
		List<WrittenColumn> columns = new ArrayList<>();
		columns.add(new WrittenColumn("id", "uuid", document -> UUID.randomUUID().toString()));
		columns.add(new WrittenColumn("internal_identification", "text",
				document -> document.path("internal_identification").asString()));
		// a reference is kept as the referenced row's id; the rendering puts that row's object in its place
		columns.add(new WrittenColumn("document", "jsonb", document -> this.json.writeValueAsString(
				reference == null ? document : document.deepCopy().without(reference.field()))));
		if (reference != null) {
			columns.add(new WrittenColumn(reference.column(), "uuid", document -> {
				String referenced = document.path(reference.field()).asString(null);
				UUID id = destination.referenceIds().get(referenced);
				if (id == null) {
					throw new IllegalStateException(resource.table() + " item refers to unknown " + reference.field()
							+ " " + referenced);
				}
				return id.toString();
			}));
		}
		for (StoredColumn column : resource.columns()) {
			columns.add(new WrittenColumn(column.name(), column.type().sqlType(), column::valueIn));
		}
		return columns;
	}

	/**
	 * The upsert. An existing row keeps its id and creation time; they are read before rendering, so each row is
	 * rendered once (a concurrent first write of the same item renders again on conflict).
	 */
	private static String upsertSql(StoredResource resource, List<WrittenColumn> columns) {
		String table = resource.table();
		String reference = resource.reference() == null ? "null::uuid" : "u." + resource.reference().column();
		String names = columns.stream().map(WrittenColumn::name).collect(Collectors.joining(", "));
		String typed = columns.stream()
			.map(c -> "u." + c.name() + "::" + c.sqlType() + " as " + c.name())
			.collect(Collectors.joining(", "));
		String arrays = columns.stream().map(c -> ":" + c.name() + "::text[]").collect(Collectors.joining(", "));
		List<String> updated = new ArrayList<>(columns.stream()
			.map(WrittenColumn::name)
			.filter(name -> !name.equals("id") && !name.equals("internal_identification"))
			.toList());
		// arrays of referenced items' ids are resolved from the document in the statement, not passed in
		String arrayNames = "";
		String arrayValues = "";
		for (ReferenceArray array : resource.referenceArrays()) {
			arrayNames += ", " + array.column();
			arrayValues += ", " + array.valueSql("u.document");
			updated.add(array.column());
		}
		String updates = updated.stream().map(name -> name + " = excluded." + name).collect(Collectors.joining(", "));
		String rerender = table + "_body(t.organization_id, t.link_id, t.id, excluded.document, "
				+ (resource.reference() == null ? "null::uuid" : "excluded." + resource.reference().column())
				+ ", excluded.collected_at, t.created_at)::text";
		return "insert into " + table + " as t (organization_id, environment, link_id, collected_at, created_at, "
				+ names + arrayNames + ", rendered)"
				+ " select :organization, :environment, :link, :collected_at, k.created_at, "
				+ columns.stream().map(c -> c.name().equals("id") ? "k.id" : "u." + c.name()).collect(Collectors.joining(", "))
				+ arrayValues + ", " + table + "_body(:organization, :link, k.id, u.document, " + reference
				+ ", :collected_at, k.created_at)::text"
				+ " from (select " + typed + " from unnest(" + arrays + ") as u(" + names + ")) u"
				+ " left join " + table + " e on e.organization_id = :organization and e.link_id = :link"
				+ " and e.internal_identification = u.internal_identification"
				+ " cross join lateral (select coalesce(e.id, u.id) as id, coalesce(e.created_at, now()) as created_at) k"
				+ " on conflict (organization_id, link_id, internal_identification) do update set"
				+ " collected_at = excluded.collected_at, " + updates + ", rendered = case when t.id = excluded.id"
				+ " then excluded.rendered else " + rerender + " end"
				+ " returning internal_identification, id";
	}

	/** The rendered items with these ids, in the resource's list order. */
	List<RawJson> rendered(StoredResource resource, Caller caller, UUID link, Collection<UUID> ids) {
		return this.jdbc
			.sql("select rendered from " + resource.table() + " where organization_id = :organization"
					+ " and link_id = :link and id = any(:ids::uuid[]) order by " + resource.orderBy())
			.param("organization", caller.organizationId())
			.param("link", link)
			.param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> new RawJson(rs.getString(1)))
			.list();
	}

	/**
	 * The documents a link stores of a resource, as the institution returned them: a reference is given back as
	 * the referenced item's identification at the institution (for derivations).
	 */
	List<ObjectNode> documents(StoredResource resource, StoredResource target, Caller caller, UUID link) {
		String document = target == null ? "d.document"
				: "d.document || jsonb_build_object('" + resource.reference().field() + "', r.internal_identification)";
		String join = target == null ? ""
				: " join " + target.table() + " r on r.organization_id = d.organization_id and r.id = d."
						+ resource.reference().column();
		return this.jdbc
			.sql("select " + document + " from " + resource.table() + " d" + join
					+ " where d.organization_id = :organization and d.link_id = :link order by d.id")
			.param("organization", caller.organizationId())
			.param("link", link)
			.query((rs, row) -> (ObjectNode) this.json.readTree(rs.getString(1)))
			.list();
	}

	/** The server ids of a link's stored items, by the institution's identification. */
	Map<String, UUID> ids(StoredResource resource, Caller caller, UUID link) {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc
			.sql("select internal_identification, id from " + resource.table()
					+ " where organization_id = :organization and link_id = :link")
			.param("organization", caller.organizationId())
			.param("link", link)
			.query(rs -> {
				ids.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return ids;
	}

	/** A stored item as a refresh compares it: its server id and a digest of its document as the bank gave it. */
	record Version(UUID id, String digest) {
	}

	/**
	 * The link's stored items of {@code resource} whose value date falls in the window, by identification: what a
	 * refresh of that window should find again, unchanged or changed, or no longer at the bank.
	 */
	Map<String, Version> versions(StoredResource resource, Caller caller, UUID link, LocalDate from, LocalDate to) {
		return versions(resource, caller, link, " and value_date between :from and :to", Map.of("from", from, "to", to));
	}

	/** All the link's stored items of {@code resource}, by identification: what a recomputation replaces. */
	Map<String, Version> versions(StoredResource resource, Caller caller, UUID link) {
		return versions(resource, caller, link, "", Map.of());
	}

	private Map<String, Version> versions(StoredResource resource, Caller caller, UUID link, String window,
			Map<String, Object> windowParams) {
		Map<String, Version> versions = new HashMap<>();
		this.jdbc
			.sql("select internal_identification, id, md5(document::text) from " + resource.table()
					+ " where organization_id = :organization and link_id = :link" + window)
			.param("organization", caller.organizationId())
			.param("link", link)
			.params(windowParams)
			.query(rs -> {
				versions.put(rs.getString(1), new Version(rs.getObject(2, UUID.class), rs.getString(3)));
			});
		return versions;
	}

	/** Deletes the link's items with these ids, in one statement. */
	void deleteAll(StoredResource resource, Caller caller, UUID link, Collection<UUID> ids) {
		this.jdbc
			.sql("delete from " + resource.table() + " where organization_id = :organization and link_id = :link"
					+ " and id = any(:ids::uuid[])")
			.param("organization", caller.organizationId())
			.param("link", link)
			.param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	/** Deletes the link's items but those with these ids: what a recomputation no longer finds. */
	private void deleteAllBut(StoredResource resource, Caller caller, UUID link, Collection<UUID> kept) {
		this.jdbc
			.sql("delete from " + resource.table() + " where organization_id = :organization and link_id = :link"
					+ " and id <> all(:ids::uuid[])")
			.param("organization", caller.organizationId())
			.param("link", link)
			.param("ids", kept.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	boolean delete(StoredResource resource, Caller caller, UUID id) {
		Condition where = caller.scope().and(Condition.eq("id", id));
		return this.jdbc.sql("delete from " + resource.table() + " where " + where.sql())
			.params(where.params())
			.update() > 0;
	}

}
