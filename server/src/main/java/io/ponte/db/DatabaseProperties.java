package io.ponte.db;

/**
 * Where the data lives. {@code url} set means an external PostgreSQL ({@code PONTE_DB_URL} or Spring's
 * datasource properties); unset means the embedded server under {@code dataDir}.
 */
record DatabaseProperties(String url, String user, String password, String dataDir, int poolSize) {

	boolean external() {
		return this.url != null;
	}

}
