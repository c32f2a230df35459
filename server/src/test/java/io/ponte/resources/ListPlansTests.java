package io.ponte.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counting a list and reading a page of rendered items scan the listed table only: the columns a list view adds
 * from other tables (an account's institution, a transaction's account type) cost a join only when a filter reads
 * them. At 10,000 links the join made counting an organization's accounts ten times slower.
 */
class ListPlansTests {

	@OnEachDatabase
	void aCountOrAPageWithoutJoinedFiltersReadsOnlyTheResourcesOwnTable(PonteServer server) {
		JdbcClient jdbc = server.bean(JdbcClient.class);
		String scope = " where organization_id = '" + UUID.randomUUID() + "' and environment = 'sandbox'";
		for (StoredResource resource : server.bean(StoredResources.class).all()) {
			String from = resource.listing().from();
			for (String statement : List.of("select count(*) from " + from + scope, "select " + resource.listing()
				.select() + " from " + from + scope + " order by " + resource.listing().orderBy() + " limit 100")) {
				List<String> plan = jdbc.sql("explain (costs off) " + statement).query(String.class).list();
				assertThat(plan).as("%s: %s", resource, statement)
					.noneMatch(line -> line.contains("Join") || line.contains("Nested Loop"))
					.filteredOn(line -> line.contains(" on "))
					// the table, or one of its indexes (named after it)
					.allMatch(line -> line.matches(".* on " + resource.table() + "(_[a-z0-9_]+)?( .*)?"));
			}
		}
	}

	@OnEachDatabase
	void aFilterOnAJoinedColumnStillJoins(PonteServer server) {
		List<String> plan = server.bean(JdbcClient.class)
			.sql("explain (costs off) select count(*) from accounts_list where organization_id = '" + UUID.randomUUID()
					+ "' and environment = 'sandbox' and institution = 'erebor_mx_retail'")
			.query(String.class)
			.list();

		assertThat(plan).anyMatch(line -> line.contains(" on links"));
	}

}
