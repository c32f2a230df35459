package io.ponte.consents;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A consent as the API shows it (the spec's {@code Consents}). {@code institution_icon_logo} is left out while the
 * institution has none; {@code expired_at} is null for a consent without expiry.
 */
public record Consent(UUID id, String displayName, String documentNumber, String belvoInstitutionName,
		String institutionDisplayName, @JsonInclude(JsonInclude.Include.NON_NULL) String institutionIconLogo,
		String belvoOrganizationName, UUID linkId, String userName, OffsetDateTime expiredAt,
		boolean undefinedConsentExpiration, Integer consentDuration, OffsetDateTime createdAt, String status,
		Map<String, List<String>> permissions) {
}
