package io.ponte.institutions;

import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The institution catalogue as a list resource: its table, filters (those of the spec) and row mapping. */
final class Institutions {

	static final ValueType TYPES = ValueType.choice("bank", "fiscal", "employment");

	/** Reads the catalogue's JSON columns; no naming or serialisation settings are involved in parsing. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final Resource<Institution> RESOURCE = Resource.of("institutions", "id", Institutions::map, List.of(
			Filter.exact("display_name", "display_name", ValueType.TEXT).only(Lookup.EXACT),
			Filter.element("country_code", "country_codes", ValueType.TEXT).only(Lookup.EXACT, Lookup.IN),
			Filter.element("resources", "resources", ValueType.TEXT).only(Lookup.ALLIN),
			Filter.exact("name", "name", ValueType.TEXT),
			Filter.exact("status", "status", ValueType.TEXT),
			Filter.exact("type", "type", TYPES),
			Filter.exact("website", "website", ValueType.TEXT).only(Lookup.EXACT)));

	private Institutions() {
	}

	private static Institution map(ResultSet rs, int row) throws SQLException {
		return new Institution(rs.getInt("id"), rs.getString("name"), rs.getString("type"), rs.getString("website"),
				rs.getString("display_name"), strings(rs.getArray("country_codes")), rs.getString("primary_color"),
				logo(rs, "logo", "logo"), logo(rs, "icon_logo", "icon"), logo(rs, "text_logo", "text"), null,
				jsonOrNull(rs.getString("form_fields")), jsonOrNull(rs.getString("features")),
				strings(rs.getArray("resources")), rs.getString("integration_type"), rs.getString("status"),
				jsonOrNull(rs.getString("openbanking_information")));
	}

	private static String logo(ResultSet rs, String column, String kind) throws SQLException {
		return InstitutionLogos.storedOrDrawn(rs.getString(column), rs.getString("name"), kind);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static JsonNode jsonOrNull(String text) {
		return text == null ? null : JSON.readTree(text);
	}

}
