package io.ponte.institutions;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** An institution as the API shows it (Belvo's {@code InstitutionPublicApi}). */
public record Institution(int id, String name, String type, String website, String displayName,
		List<String> countryCodes, String primaryColor, String logo, String iconLogo, String textLogo, String code,
		JsonNode formFields, JsonNode features, List<String> resources, String integrationType, String status,
		JsonNode openbankingInformation) {
}
