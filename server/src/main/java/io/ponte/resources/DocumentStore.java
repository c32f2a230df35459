package io.ponte.resources;

import io.ponte.api.Caller;
import io.ponte.api.Condition;
import io.ponte.api.RawJson;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes documents of any stored resource, keyed by the institution's identity of each item so a second retrieval
 * updates, never duplicates. The link's existing rows among them are read first (the link's lock makes this
 * transaction its only writer); each row's API object is rendered in Java ({@link Rendering}); new rows go in by
 * {@code COPY} and existing ones are updated from arrays in one statement ({@link RowWriter}). Lists then read
 * the rendered text as it is.
 */
@Repository
class DocumentStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RowWriter writer;

	private final Clock clock;

	DocumentStore(JdbcClient jdbc, JsonMapper json, RowWriter writer, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Where a batch goes: whose it is, the link (as its objects show it), the collection time, and what was written
	 * of the resource the items belong to (null when they belong to none).
	 */
	record Destination(Caller caller, Rendering.LinkFacts link, OffsetDateTime collectedAt, Written target) {
	}

	/**
	 * Makes this transaction the only one writing the link's items until it ends (a background load and a client's
	 * retrieval of the same link would otherwise write the same rows in different orders and could deadlock, or
	 * both insert an item), and holds off the link's deletion meanwhile. Empty when the link no longer exists:
	 * nothing is to be written. The link comes back as its rows' objects show it.
	 */
	Optional<Rendering.LinkFacts> lockLink(Caller caller, UUID link) {
		return this.jdbc
			.sql("select l.id, l.institution, i.type, l.last_accessed_at from links l"
					+ " left join institutions i on i.id = l.institution_id where l.organization_id = :organization_id"
					+ " and l.environment = :environment and l.id = :id for no key update of l")
			.params(caller.scopeParameters())
			.param("id", link)
			.query((rs, row) -> new Rendering.LinkFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Upserts {@code documents}. A resource replaced when recomputed keeps only these: the link's others are
	 * deleted in the same transaction.
	 */
	Written upsert(StoredResource resource, Destination destination, List<ObjectNode> documents) {
		Caller caller = destination.caller();
		UUID link = destination.link().id();
		List<String> identifications = documents.stream()
			.map(document -> document.path("internal_identification").asString())
			.toList();
		Map<String, Existing> existing = existing(resource, caller, link, identifications);
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		Map<String, Map<String, UUID>> idsOf = new HashMap<>();
		Function<String, Map<String, UUID>> ids = table -> idsOf.computeIfAbsent(table,
				t -> ids(t, caller, link));
		List<RowWriter.Row> fresh = new ArrayList<>();
		List<RowWriter.Row> known = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			Existing before = existing.get(identifications.get(i));
			UUID id = before == null ? UUID.randomUUID() : before.id();
			OffsetDateTime createdAt = before == null ? now : before.createdAt();
			RowWriter.Row row = row(resource, destination, documents.get(i), identifications.get(i),
					new Rendering.Row(id, destination.link(), destination.collectedAt(), createdAt, ids));
			(before == null ? fresh : known).add(row);
		}
		Map<UUID, Boolean> updated = this.writer.update(resource, destination, known);
		List<RowWriter.Row> gone = known.stream().filter(row -> !updated.containsKey(row.id())).toList();
		List<RowWriter.Row> inserted = new ArrayList<>(fresh);
		// rows deleted since they were read (one by one, by a client) are written anew
		inserted.addAll(gone.stream().map(row -> row.createdAt(now)).toList());
		this.writer.insert(resource, destination, inserted);
		Map<String, Written.Item> items = new LinkedHashMap<>();
		for (RowWriter.Row row : known) {
			Boolean changed = updated.get(row.id());
			if (changed != null) {
				items.put(row.identification(), new Written.Item(row.id(), row.rendered(), false, changed));
			}
		}
		for (RowWriter.Row row : inserted) {
			items.put(row.identification(), new Written.Item(row.id(), row.rendered(), true, false));
		}
		Written written = new Written(items);
		if (resource.replacedWhenRecomputed()) {
			deleteAllBut(resource, caller, link, written.ids().values());
		}
		return written;
	}

	/** One row to write: its columns' values taken from the document, and its object rendered. */
	private RowWriter.Row row(StoredResource resource, Destination destination, ObjectNode document,
			String identification, Rendering.Row row) {
		StoredResource.Reference reference = resource.reference();
		ObjectNode stored = document;
		UUID referenced = null;
		String referencedRendered = null;
		if (reference != null) {
			// a reference is kept as the referenced row's id; the rendering puts that row's object in its place
			String target = document.path(reference.field()).asString(null);
			Written.Item item = destination.target() == null ? null : destination.target().items().get(target);
			if (item == null) {
				throw new IllegalStateException(resource.table() + " item refers to unknown " + reference.field()
						+ " " + target);
			}
			referenced = item.id();
			referencedRendered = item.rendered();
			stored = JsonNodeFactory.instance.objectNode();
			stored.setAll(document);
			stored.remove(reference.field());
		}
		List<String> values = new ArrayList<>();
		for (StoredColumn column : resource.columns()) {
			values.add(column.valueIn(document));
		}
		for (ReferenceArray array : resource.referenceArrays()) {
			values.add(array.valueIn(document, row.idsOf().apply(array.target())));
		}
		String rendered = resource.rendering().render(this.json, stored, row, reference, referenced, referencedRendered);
		return new RowWriter.Row(row.id(), identification, row.createdAt(), this.json.writeValueAsString(stored),
				referenced, values, rendered);
	}

	/** An item the link already stores: its server id and creation time, which a new write keeps. */
	private record Existing(UUID id, OffsetDateTime createdAt) {
	}

	private Map<String, Existing> existing(StoredResource resource, Caller caller, UUID link,
			List<String> identifications) {
		Map<String, Existing> existing = new HashMap<>();
		this.jdbc
			.sql("select internal_identification, id, created_at from " + resource.table()
					+ " where organization_id = :organization and link_id = :link"
					+ " and internal_identification = any(:identifications::text[])")
			.param("organization", caller.organizationId())
			.param("link", link)
			.param("identifications", identifications.toArray(String[]::new))
			.query(rs -> {
				existing.put(rs.getString(1), new Existing(rs.getObject(2, UUID.class),
						rs.getObject(3, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)));
			});
		return existing;
	}

	/** The rendered objects of a write, in the resource's list order. */
	List<RawJson> rendered(StoredResource resource, Caller caller, UUID link, Written written) {
		Map<UUID, String> byId = new HashMap<>();
		written.items().values().forEach(item -> byId.put(item.id(), item.rendered()));
		return this.jdbc
			.sql("select id from " + resource.table() + " where organization_id = :organization"
					+ " and link_id = :link and id = any(:ids::uuid[]) order by " + resource.orderBy())
			.param("organization", caller.organizationId())
			.param("link", link)
			.param("ids", byId.keySet().stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> new RawJson(byId.get(rs.getObject(1, UUID.class))))
			.list();
	}

	/**
	 * The documents a link stores of a resource, as the institution returned them: a reference is given back as
	 * the referenced item's identification at the institution (for derivations).
	 */
	List<ObjectNode> documents(StoredResource resource, StoredResource target, Caller caller, UUID link) {
		List<ObjectNode> documents = new ArrayList<>();
		documents(resource, target, caller, link, (document, collectedAt) -> documents.add(document));
		return documents;
	}

	/** The same documents, each handed over with its row's collection time. */
	void documents(StoredResource resource, StoredResource target, Caller caller, UUID link,
			BiConsumer<ObjectNode, OffsetDateTime> each) {
		String document = target == null ? "d.document"
				: "d.document || jsonb_build_object('" + resource.reference().field() + "', r.internal_identification)";
		String join = target == null ? ""
				: " join " + target.table() + " r on r.organization_id = d.organization_id and r.id = d."
						+ resource.reference().column();
		this.jdbc
			.sql("select " + document + ", d.collected_at from " + resource.table() + " d" + join
					+ " where d.organization_id = :organization and d.link_id = :link order by d.id")
			.param("organization", caller.organizationId())
			.param("link", link)
			.query(rs -> {
				each.accept((ObjectNode) this.json.readTree(rs.getString(1)),
						rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
			});
	}

	/** A link's stored items of {@code resource} as a write would have left them (what later items refer to). */
	Written stored(StoredResource resource, Caller caller, UUID link) {
		Map<String, Written.Item> items = new LinkedHashMap<>();
		this.jdbc
			.sql("select internal_identification, id, rendered from " + resource.table()
					+ " where organization_id = :organization and link_id = :link")
			.param("organization", caller.organizationId())
			.param("link", link)
			.query(rs -> {
				items.put(rs.getString(1), new Written.Item(rs.getObject(2, UUID.class), rs.getString(3), false, false));
			});
		return new Written(items);
	}

	/** The server ids of a link's stored items of the resource in {@code table}, by the institution's identification. */
	private Map<String, UUID> ids(String table, Caller caller, UUID link) {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc
			.sql("select internal_identification, id from " + table
					+ " where organization_id = :organization and link_id = :link")
			.param("organization", caller.organizationId())
			.param("link", link)
			.query(rs -> {
				ids.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return ids;
	}

	/**
	 * The link's stored items of {@code resource} whose value date falls in the window, by identification: what a
	 * refresh of that window should find again, unchanged or changed, or no longer at the bank.
	 */
	Map<String, UUID> identities(StoredResource resource, Caller caller, UUID link, LocalDate from, LocalDate to) {
		return identities(resource, caller, link, " and value_date between :from and :to", Map.of("from", from, "to", to));
	}

	/** All the link's stored items of {@code resource}, by identification: what a recomputation replaces. */
	Map<String, UUID> identities(StoredResource resource, Caller caller, UUID link) {
		return identities(resource, caller, link, "", Map.of());
	}

	private Map<String, UUID> identities(StoredResource resource, Caller caller, UUID link, String window,
			Map<String, Object> windowParams) {
		Map<String, UUID> identities = new HashMap<>();
		this.jdbc
			.sql("select internal_identification, id from " + resource.table()
					+ " where organization_id = :organization and link_id = :link" + window)
			.param("organization", caller.organizationId())
			.param("link", link)
			.params(windowParams)
			.query(rs -> {
				identities.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return identities;
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
