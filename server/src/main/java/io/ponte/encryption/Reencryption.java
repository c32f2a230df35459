package io.ponte.encryption;

import io.ponte.links.CredentialCipher;
import io.ponte.links.SealedColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every stored ciphertext under the current encryption key, while servers keep reading and writing them.
 * Each sealed column is walked in key order, a batch at a time, each batch in its own short transaction; a row is
 * rewritten only if it still holds the ciphertext that was read (a concurrent write wins, and is under the current
 * key anyway). Whatever happens midway, every row is under either key, both readable while both are configured;
 * running it again carries on, since rows already under the current key are not selected. A row no key opens is
 * counted and skipped, never rewritten.
 */
@Component
public class Reencryption {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(Reencryption.class);

	private final List<SealedColumn> columns;

	private final CredentialCipher cipher;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	Reencryption(List<SealedColumn> columns, CredentialCipher cipher, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.columns = columns;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Re-encrypts every column; what it did, per column. */
	public Map<String, Outcome> run() {
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		for (SealedColumn column : this.columns) {
			Outcome outcome = run(column);
			outcomes.put(column.name(), outcome);
			if (outcome.unreadable() > 0) {
				log.warn("{} rows of {} open with none of the encryption keys {}; they were left as they are",
						outcome.unreadable(), column.name(), this.cipher.keyIds());
			}
		}
		return outcomes;
	}

	/** How many ciphertexts each column holds under each key id ({@code none} for the first, unnamed format). */
	public Map<String, Map<String, Long>> census() {
		Map<String, Map<String, Long>> census = new LinkedHashMap<>();
		for (SealedColumn column : this.columns) {
			Map<String, Long> byKey = new TreeMap<>();
			this.jdbc
				.sql("select substring(%1$s from 1 for 5) as header, count(*) as n from %2$s where %1$s is not null "
						.formatted(column.column(), column.table()) + "group by 1")
				.query((rs, row) -> Map.entry(CredentialCipher.keyIdOf(rs.getBytes("header")).orElse("none"),
						rs.getLong("n")))
				.list()
				.forEach(entry -> byKey.merge(entry.getKey(), entry.getValue(), Long::sum));
			census.put(column.name(), byKey);
		}
		return census;
	}

	private Outcome run(SealedColumn column) {
		String keys = String.join(", ", column.keyColumns());
		String select = "select %s, %s as sealed, %s as owner from %s where %s is not null "
			.formatted(keys, column.column(), column.ownerSql(), column.table(), column.column())
				+ "and substring(%s from 1 for 5) <> :header ".formatted(column.column());
		String after = " and (%s) > (%s)".formatted(keys,
				column.keyColumns().stream().map(k -> ":after_" + k).collect(Collectors.joining(", ")));
		String update = "update %s set %s = :fresh where %s and %s = :sealed".formatted(column.table(),
				column.column(), column.keyColumns().stream().map(k -> k + " = :key_" + k)
					.collect(Collectors.joining(" and ")), column.column());
		byte[] header = this.cipher.currentHeader();
		Map<String, Object> last = null;
		int rewritten = 0;
		int unreadable = 0;
		while (true) {
			JdbcClient.StatementSpec query = this.jdbc
				.sql(select + (last == null ? "" : after) + " order by " + keys + " limit " + BATCH)
				.param("header", header);
			if (last != null) {
				for (Map.Entry<String, Object> key : last.entrySet()) {
					query = query.param("after_" + key.getKey(), key.getValue());
				}
			}
			List<Row> rows = query.query((rs, n) -> {
				Map<String, Object> key = new LinkedHashMap<>();
				for (String k : column.keyColumns()) {
					key.put(k, rs.getObject(k));
				}
				return new Row(key, rs.getBytes("sealed"), rs.getString("owner"));
			}).list();
			if (rows.isEmpty()) {
				return new Outcome(rewritten, unreadable);
			}
			int[] counts = this.transaction.execute(status -> rewrite(update, rows));
			rewritten += counts[0];
			unreadable += counts[1];
			last = rows.getLast().key();
		}
	}

	private int[] rewrite(String update, List<Row> rows) {
		int rewritten = 0;
		int unreadable = 0;
		for (Row row : rows) {
			byte[] fresh;
			try {
				fresh = this.cipher.reencrypt(row.sealed(), row.owner());
			}
			catch (IllegalStateException ex) {
				unreadable++;
				continue;
			}
			JdbcClient.StatementSpec statement = this.jdbc.sql(update)
				.param("fresh", fresh)
				.param("sealed", row.sealed());
			for (Map.Entry<String, Object> key : row.key().entrySet()) {
				statement = statement.param("key_" + key.getKey(), key.getValue());
			}
			rewritten += statement.update();
		}
		return new int[] { rewritten, unreadable };
	}

	/** Rows rewritten under the current key, and rows no configured key opens. */
	public record Outcome(int rewritten, int unreadable) {
	}

	private record Row(Map<String, Object> key, byte[] sealed, String owner) {
	}

	/** Every column's census summed by key id. */
	static Map<String, Long> totals(Map<String, Map<String, Long>> census) {
		Map<String, Long> totals = new TreeMap<>();
		census.values().forEach(byKey -> byKey.forEach((key, n) -> totals.merge(key, n, Long::sum)));
		return totals;
	}

	/** One line per column and key: the key's id, whether it is current, retired, unnamed or unknown, the count. */
	static List<String> describe(Map<String, Map<String, Long>> census, CredentialCipher cipher) {
		List<String> lines = new ArrayList<>();
		census.forEach((column, byKey) -> byKey
			.forEach((key, n) -> lines.add("%-40s  %-8s  %-8s  %d".formatted(column, key, state(key, cipher), n))));
		return lines;
	}

	private static String state(String key, CredentialCipher cipher) {
		if (key.equals(cipher.currentKeyId())) {
			return "current";
		}
		if (cipher.keyIds().contains(key)) {
			return "retired";
		}
		return key.equals("none") ? "unnamed" : "unknown";
	}

}
