package io.ponte.resources;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two statements a write of many rows takes, whatever the resource: {@code COPY} of the new rows (no
 * per-row statement, parameter or conflict check) and one {@code UPDATE} of the existing ones from arrays, which
 * also tells which of them now hold a different document. Both run in the caller's transaction.
 */
@Component
class RowWriter {

	/** Bytes buffered before they are sent to the server during a {@code COPY}. */
	private static final int COPY_CHUNK = 256 * 1024;

	/** Rows per {@code UPDATE}: large enough to update a year of transactions in a few round trips. */
	static final int BATCH = 2000;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	RowWriter(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * One row: its server id, the institution's identification, creation time, stored document (JSON),
	 * referenced row's id (or null), the values of the resource's columns then of its reference arrays (text, as
	 * PostgreSQL reads them), and the rendered object.
	 */
	record Row(UUID id, String identification, OffsetDateTime createdAt, String document, UUID referenced,
			List<String> values, String rendered) {

		Row createdAt(OffsetDateTime at) {
			return new Row(this.id, this.identification, at, this.document, this.referenced, this.values,
					this.rendered);
		}

	}

	/** The columns a row fills besides the link's, in {@link Row}'s order, with their SQL types. */
	private static List<String[]> columns(StoredResource resource) {
		List<String[]> columns = new ArrayList<>();
		columns.add(new String[] { "document", "jsonb" });
		if (resource.reference() != null) {
			columns.add(new String[] { resource.reference().column(), "uuid" });
		}
		for (StoredColumn column : resource.columns()) {
			columns.add(new String[] { column.name(), column.type().sqlType() });
		}
		for (ReferenceArray array : resource.referenceArrays()) {
			columns.add(new String[] { array.column(), "uuid[]" });
		}
		columns.add(new String[] { "rendered", "text" });
		return columns;
	}

	private static List<String> values(StoredResource resource, Row row) {
		List<String> values = new ArrayList<>(row.values().size() + 3);
		values.add(row.document());
		if (resource.reference() != null) {
			values.add(row.referenced() == null ? null : row.referenced().toString());
		}
		values.addAll(row.values());
		values.add(row.rendered());
		return values;
	}

	/** Inserts new rows with {@code COPY}: a unique violation (a row written meanwhile) fails the transaction. */
	void insert(StoredResource resource, DocumentStore.Destination destination, List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "copy " + resource.table() + " (organization_id, environment, link_id, collected_at, id,"
				+ " internal_identification, created_at, "
				+ columns(resource).stream().map(c -> c[0]).collect(Collectors.joining(", ")) + ") from stdin";
		String fixed = text(destination.caller().organizationId().toString()) + '\t'
				+ text(destination.caller().environment().value()) + '\t' + destination.link().id() + '\t'
				+ Rendering.timestamp(destination.collectedAt()) + '\t';
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			try {
				StringBuilder out = new StringBuilder(COPY_CHUNK + 8192);
				for (Row row : rows) {
					out.append(fixed).append(row.id()).append('\t').append(text(row.identification())).append('\t')
						.append(Rendering.timestamp(row.createdAt()));
					for (String value : values(resource, row)) {
						out.append('\t').append(text(value));
					}
					out.append('\n');
					if (out.length() >= COPY_CHUNK) {
						send(copy, out);
					}
				}
				send(copy, out);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write " + rows.size() + " rows to " + resource.table(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static void send(CopyIn copy, StringBuilder out) throws SQLException {
		byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		out.setLength(0);
	}

	/** A value in {@code COPY}'s text format: {@code \N} for null; backslash, tab, newline and return escaped. */
	static String text(String value) {
		if (value == null) {
			return "\\N";
		}
		StringBuilder escaped = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String replacement = switch (c) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(value.length() + 16).append(value, 0, i);
			}
			if (escaped != null) {
				if (replacement != null) {
					escaped.append(replacement);
				}
				else {
					escaped.append(c);
				}
			}
		}
		return escaped == null ? value : escaped.toString();
	}

	/**
	 * Updates existing rows (their id and creation time stay); for each row found, whether its document changed.
	 * A row missing from the answer was deleted since it was read.
	 */
	Map<UUID, Boolean> update(StoredResource resource, DocumentStore.Destination destination, List<Row> rows) {
		Map<UUID, Boolean> changed = new HashMap<>();
		if (rows.isEmpty()) {
			return changed;
		}
		List<String[]> columns = columns(resource);
		String names = columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
		String arrays = columns.stream().map(c -> ":" + c[0] + "::text[]").collect(Collectors.joining(", "));
		String sets = columns.stream()
			.map(c -> c[0] + " = u." + c[0] + "::" + c[1])
			.collect(Collectors.joining(", "));
		String table = resource.table();
		String sql = "update " + table + " as t set collected_at = :collected_at, " + sets
				+ " from unnest(:ids::uuid[], " + arrays + ") as u(id, " + names + ")"
				+ " join " + table + " as o on o.organization_id = :organization and o.id = u.id"
				+ " where t.organization_id = :organization and t.id = u.id"
				+ " returning t.id, o.document is distinct from t.document";
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			Map<String, Object> params = new HashMap<>();
			params.put("organization", destination.caller().organizationId());
			params.put("collected_at", destination.collectedAt());
			params.put("ids", batch.stream().map(row -> row.id().toString()).toArray(String[]::new));
			List<List<String>> values = batch.stream().map(row -> values(resource, row)).toList();
			for (int c = 0; c < columns.size(); c++) {
				int column = c;
				params.put(columns.get(c)[0], values.stream().map(v -> v.get(column)).toArray(String[]::new));
			}
			this.jdbc.sql(sql).params(params).query(rs -> {
				changed.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
			});
		}
		return changed;
	}

}
