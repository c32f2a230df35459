package io.ponte.resources;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * How a stored row's API object is made, once, when the row is written: the institution's document (less the keys
 * the spec's object does not admit), the server fields the spec gives the object, the collection time stamped where
 * the spec puts it, the referenced item (nested as it was rendered, or by its server id), and what a resource computes
 * besides. Done in Java rather than by a SQL function per row inside the upsert, which cost the database more than
 * writing the row. Keys added here win over the document's, as PostgreSQL's {@code jsonb ||} did.
 */
public final class Rendering {

	private final Set<ServerField> fields;

	private final List<String> hidden;

	private final List<String> stamped;

	private final List<String> stampedEach;

	private final List<Addition> additions;

	private final boolean referenceById;

	Rendering(Set<ServerField> fields, List<String> hidden, List<String> stamped, List<String> stampedEach,
			List<Addition> additions, boolean referenceById) {
		this.fields = fields.isEmpty() ? EnumSet.noneOf(ServerField.class) : EnumSet.copyOf(fields);
		this.hidden = List.copyOf(hidden);
		this.stamped = List.copyOf(stamped);
		this.stampedEach = List.copyOf(stampedEach);
		this.additions = List.copyOf(additions);
		this.referenceById = referenceById;
	}

	/**
	 * The time as the API shows it, as PostgreSQL rendered a {@code timestamptz} before: UTC, microseconds with
	 * trailing zeros dropped, {@code +00:00} ({@code 2026-12-04T03:15:20.768187+00:00}). Written by hand: a
	 * formatter cost more than the rest of a row's rendering.
	 */
	public static String timestamp(OffsetDateTime time) {
		if (time == null) {
			return null;
		}
		// a write renders the same two times (collection, creation) in every row: the last two are remembered
		Object[] last = LAST_TIMES.get();
		if (time.equals(last[0])) {
			return (String) last[1];
		}
		if (time.equals(last[2])) {
			return (String) last[3];
		}
		String formatted = format(time);
		last[2] = last[0];
		last[3] = last[1];
		last[0] = time;
		last[1] = formatted;
		return formatted;
	}

	private static final ThreadLocal<Object[]> LAST_TIMES = ThreadLocal.withInitial(() -> new Object[4]);

	private static String format(OffsetDateTime time) {
		OffsetDateTime utc = time.getOffset().equals(ZoneOffset.UTC) ? time : time.withOffsetSameInstant(ZoneOffset.UTC);
		StringBuilder out = new StringBuilder(32);
		int year = utc.getYear();
		if (year < 1000 || year > 9999) {
			return utc.toLocalDateTime() + "+00:00";
		}
		out.append(year).append('-');
		two(out, utc.getMonthValue()).append('-');
		two(out, utc.getDayOfMonth()).append('T');
		two(out, utc.getHour()).append(':');
		two(out, utc.getMinute()).append(':');
		two(out, utc.getSecond());
		int micros = utc.getNano() / 1000;
		if (micros != 0) {
			String digits = Integer.toString(1_000_000 + micros).substring(1);
			int end = digits.length();
			while (digits.charAt(end - 1) == '0') {
				end--;
			}
			out.append('.').append(digits, 0, end);
		}
		return out.append("+00:00").toString();
	}

	private static StringBuilder two(StringBuilder out, int value) {
		return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	/**
	 * The object of the row whose stored {@code document} this is; {@code reference} is how it shows the item it
	 * belongs to (or null when it belongs to none).
	 */
	String render(JsonMapper json, ObjectNode document, Row row, StoredResource.Reference reference,
			UUID referenced, String referencedRendered) {
		ObjectNode added = JsonNodeFactory.instance.objectNode();
		String collected = timestamp(row.collectedAt());
		if (this.fields.contains(ServerField.ID)) {
			added.put("id", row.id().toString());
		}
		if (this.fields.contains(ServerField.LINK)) {
			added.put("link", row.link().id().toString());
		}
		if (reference != null) {
			if (this.referenceById) {
				added.put(reference.field(), referenced == null ? null : referenced.toString());
			}
			else if (referencedRendered == null) {
				added.putNull(reference.field());
			}
			else {
				added.putRawValue(reference.field(), new RawValue(referencedRendered));
			}
		}
		if (this.fields.contains(ServerField.COLLECTED_AT)) {
			added.put("collected_at", collected);
		}
		if (this.fields.contains(ServerField.CREATED_AT)) {
			added.put("created_at", timestamp(row.createdAt()));
		}
		if (this.fields.contains(ServerField.UPDATED_AT)) {
			added.put("updated_at", collected);
		}
		for (String key : this.stamped) {
			if (document.get(key) instanceof ObjectNode object) {
				added.set(key, stamp(object, collected));
			}
		}
		for (String key : this.stampedEach) {
			ArrayNode items = added.putArray(key);
			if (document.get(key) instanceof ArrayNode array) {
				array.forEach(item -> items.add(item instanceof ObjectNode object ? stamp(object, collected) : item));
			}
		}
		for (Addition addition : this.additions) {
			addition.add(document, row, added);
		}
		ObjectNode rendered = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> property : document.properties()) {
			if (!added.has(property.getKey()) && !this.hidden.contains(property.getKey())) {
				rendered.set(property.getKey(), property.getValue());
			}
		}
		rendered.setAll(added);
		return json.writeValueAsString(rendered);
	}

	private static ObjectNode stamp(ObjectNode object, String collected) {
		ObjectNode stamped = JsonNodeFactory.instance.objectNode();
		stamped.setAll(object);
		return stamped.put("collected_at", collected);
	}

	/** A server field an object may carry ({@code updated_at} is the collection time). */
	public enum ServerField {

		ID, LINK, COLLECTED_AT, CREATED_AT, UPDATED_AT

	}

	/** What a resource computes into its object besides the document, the server fields and the reference. */
	@FunctionalInterface
	public interface Addition {

		/** Puts into {@code added} (whose keys win over the document's) what {@code document} and {@code row} give. */
		void add(ObjectNode document, Row row, ObjectNode added);

	}

	/** The link a row belongs to, as its objects show it: the institution (name and type) and its last access. */
	public record LinkFacts(UUID id, String institution, String institutionType, OffsetDateTime lastAccessedAt) {
	}

	/**
	 * What a rendering reads besides the document: the row's server fields, its link, and {@code idsOf} the link's
	 * items of another stored resource (by table) by the institution's identification.
	 */
	public record Row(UUID id, LinkFacts link, OffsetDateTime collectedAt, OffsetDateTime createdAt,
			Function<String, Map<String, UUID>> idsOf) {
	}

}
