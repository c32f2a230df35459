package io.ponte.resources;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
		CopyText out = new CopyText();
		out.value(destination.caller().organizationId().toString())
			.value(destination.caller().environment().value())
			.value(destination.link().id().toString())
			.value(Rendering.timestamp(destination.collectedAt()));
		byte[] fixed = out.take();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			try {
				for (Row row : rows) {
					out.row(fixed).value(row.id().toString()).value(row.identification())
						.value(Rendering.timestamp(row.createdAt()));
					for (String value : values(resource, row)) {
						out.value(value);
					}
					out.endRow();
					if (out.size() >= COPY_CHUNK) {
						out.sendTo(copy);
					}
				}
				out.sendTo(copy);
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

	/**
	 * Rows in {@code COPY}'s text format, as UTF-8 bytes: values separated by tabs, {@code \N} for null, backslash,
	 * tab, newline and return escaped (a value without them, nearly all, is copied as it is).
	 */
	static final class CopyText {

		private byte[] bytes = new byte[COPY_CHUNK + 16 * 1024];

		private int size;

		private boolean first = true;

		CopyText value(String value) {
			if (!this.first) {
				put((byte) '\t');
			}
			this.first = false;
			if (value == null) {
				put((byte) '\\');
				put((byte) 'N');
			}
			else if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0
					&& value.indexOf('\r') < 0) {
				append(value.getBytes(StandardCharsets.UTF_8));
			}
			else {
				append(escaped(value).getBytes(StandardCharsets.UTF_8));
			}
			return this;
		}

		/** Starts a row with values already encoded, separator included ({@link #take}). */
		CopyText row(byte[] start) {
			append(start);
			this.first = true;
			return this;
		}

		private void append(byte[] encoded) {
			if (this.size + encoded.length > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + encoded.length));
			}
			System.arraycopy(encoded, 0, this.bytes, this.size, encoded.length);
			this.size += encoded.length;
		}

		void endRow() {
			put((byte) '\n');
			this.first = true;
		}

		int size() {
			return this.size;
		}

		byte[] bytes() {
			return this.bytes;
		}

		/** What was written so far, ending in a separator, as the start of every row; the buffer is emptied. */
		byte[] take() {
			put((byte) '\t');
			byte[] taken = Arrays.copyOf(this.bytes, this.size);
			this.size = 0;
			this.first = true;
			return taken;
		}

		void sendTo(CopyIn copy) throws SQLException {
			if (this.size > 0) {
				copy.writeToCopy(this.bytes, 0, this.size);
				this.size = 0;
			}
		}

		private void put(byte b) {
			if (this.size == this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, this.bytes.length * 2);
			}
			this.bytes[this.size++] = b;
		}

		private static String escaped(String value) {
			StringBuilder escaped = new StringBuilder(value.length() + 16);
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> escaped.append("\\\\");
					case '\t' -> escaped.append("\\t");
					case '\n' -> escaped.append("\\n");
					case '\r' -> escaped.append("\\r");
					default -> escaped.append(c);
				}
			}
			return escaped.toString();
		}

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
