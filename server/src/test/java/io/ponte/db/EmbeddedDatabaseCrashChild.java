package io.ponte.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The JVM that {@link EmbeddedDatabaseTests} kills: starts the embedded database on {@code args[0]}, commits
 * a row holding {@code args[1]}, prints {@link #READY} and then waits. It exits by itself (closing the
 * database) when its standard input ends, so it never outlives the test JVM that started it.
 */
final class EmbeddedDatabaseCrashChild {

	static final String READY = "EMBEDDED-DATABASE-CHILD-READY";

	private EmbeddedDatabaseCrashChild() {
	}

	public static void main(String[] args) throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
				Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table crash_survivor (value text not null)");
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into crash_survivor values (?)")) {
				insert.setString(1, args[1]);
				insert.executeUpdate();
			}
			System.out.println(READY);
			System.out.flush();
			while (System.in.read() != -1) {
				// wait for the test to kill this JVM
			}
		}
	}

}
