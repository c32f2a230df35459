package io.ponte.enrichment.risk;

import static io.ponte.resources.StoredFilters.ID;
import static io.ponte.resources.StoredFilters.LINK;

import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import io.ponte.resources.Rendering;
import io.ponte.resources.Rendering.ServerField;
import io.ponte.resources.StoredResource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Risk insights as a resource derived from what a link stores (its accounts and transactions), so the engine
 * routes, stores, lists and deletes them like fetched resources. One item per link, computed again on each
 * retrieval as of the caller's today.
 */
@Configuration(proxyBeanMethods = false)
class RiskInsightsResources {

	/** The identification of a link's one item: a retrieval replaces the insights it computed before. */
	static final String IDENTIFICATION = "risk_insights";

	@Bean
	static StoredResource riskInsights() {
		return StoredResource.inTable("risk_insights")
			.at("/api/risk-insights/")
			.derived(ResourceKind.RISK_INSIGHTS, (stored, request) -> {
				LocalDate today = request.to() != null ? request.to() : LocalDate.now(ZoneOffset.UTC);
				ObjectNode insights = RiskInsightsCalculator.compute(stored.of("accounts"), stored.of("transactions"),
						today);
				insights.put("internal_identification", IDENTIFICATION);
				return List.of(insights);
			})
			.resumable()
			.deletable()
			.answersOneItem()
			.detailedInAList()
			.filteredBy(LINK, ID)
			// the accounts analysed, as server ids kept with the row and indexed, for account= and account__in=
			.filteredByReferencesAt("accounts", "accounts",
					Filter.element("account", "account_ids", ValueType.UUID).only(Lookup.EXACT, Lookup.IN))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.renderedAlso(RiskInsightsResources::serverAccounts)
			.build();
	}

	/** The accounts analysed, by the server's ids, in the document's order; those the link no longer holds left out. */
	static void serverAccounts(ObjectNode document, Rendering.Row row, ObjectNode added) {
		Map<String, UUID> accounts = row.idsOf().apply("accounts");
		ArrayNode shown = added.putArray("accounts");
		JsonNode named = document.get("accounts");
		if (named != null && named.isArray()) {
			for (JsonNode account : named) {
				UUID id = accounts.get(account.isString() ? account.asString() : account.toString());
				if (id != null) {
					shown.add(id.toString());
				}
			}
		}
	}

}
