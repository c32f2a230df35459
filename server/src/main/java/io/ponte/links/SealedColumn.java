package io.ponte.links;

import java.util.List;

/**
 * A column of ciphertexts sealed by {@link CredentialCipher}, declared by the feature that owns it (as a bean), so
 * re-encryption under a new key finds every one: its table, the key columns that order and identify a row, and
 * the SQL that computes each row's owner, exactly as the feature's code binds it when it encrypts.
 */
public record SealedColumn(String table, String column, List<String> keyColumns, String ownerSql) {

	public static SealedColumn of(String table, String column, String ownerSql, String... keyColumns) {
		return new SealedColumn(table, column, List.of(keyColumns), ownerSql);
	}

	public String name() {
		return this.table + "." + this.column;
	}

}
