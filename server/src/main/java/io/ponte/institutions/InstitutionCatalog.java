package io.ponte.institutions;

import io.ponte.api.Condition;
import io.ponte.api.Environment;
import io.ponte.api.ListQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Looks institutions up for other features (links, resources), always within the caller's environment. */
@Service
public class InstitutionCatalog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ListQueries lists;

	InstitutionCatalog(JdbcClient jdbc, JsonMapper json, ListQueries lists) {
		this.jdbc = jdbc;
		this.json = json;
		this.lists = lists;
	}

	/** Whether the institution is reached through Open Finance (its links rest on a consent). */
	public boolean openFinance(String name, Environment environment) {
		return this.jdbc.sql("select integration_type = 'openfinance' from institutions where name = ? and environment = ?")
			.params(name, environment.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Every institution of the environment as the API shows it (what the hosted widget offers). */
	public List<Institution> all(Environment environment) {
		return this.lists.all(Institutions.RESOURCE, Condition.eq("environment", environment.value()));
	}

	public Optional<InstitutionEntry> byName(String name, Environment environment) {
		return this.jdbc.sql("select * from institutions where name = ? and environment = ?")
			.params(name, environment.value())
			.query(this::entry)
			.optional();
	}

	public Optional<InstitutionEntry> byId(int id) {
		return this.jdbc.sql("select * from institutions where id = ?").param(id).query(this::entry).optional();
	}

	private InstitutionEntry entry(ResultSet rs, int row) throws SQLException {
		JsonNode features = this.json.readTree(rs.getString("features"));
		boolean tokenRequired = false;
		for (JsonNode feature : features) {
			tokenRequired |= "token_required".equals(feature.path("name").asString(null));
		}
		return new InstitutionEntry(rs.getInt("id"), rs.getString("name"), rs.getString("type"),
				rs.getString("connector"),
				Arrays.asList((String[]) rs.getArray("country_codes").getArray()), Arrays.asList((String[]) rs.getArray("resources").getArray()),
				this.json.readTree(rs.getString("form_fields")), tokenRequired, rs.getString("status"));
	}

}
