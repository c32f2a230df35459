package io.ponte.enrichment.incomes;

import static io.ponte.resources.StoredFilters.CREATED_AT;
import static io.ponte.resources.StoredFilters.ID;
import static io.ponte.resources.StoredFilters.LINK;

import io.ponte.api.Filter;
import io.ponte.api.Lookup;
import io.ponte.api.ValueType;
import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.resources.Derivation;
import io.ponte.resources.Rendering;
import io.ponte.resources.Rendering.ServerField;
import io.ponte.resources.StoredResource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spec's Incomes: one Income object per link, computed by {@link IncomeDetector} from the transactions and
 * accounts the link stores, over the request's window (by default the last year), never fetched; a retrieval
 * may keep only some income types and confidence levels ({@link IncomeSelection}).
 */
@Configuration(proxyBeanMethods = false)
class IncomeResources {

	@Bean
	static StoredResource incomes() {
		return StoredResource.inTable("incomes")
			.at("/api/incomes/")
			.derived(ResourceKind.INCOMES, IncomeResources::income)
			.retrievedOptionallyBetweenDates()
			.retrievedWithChoices(IncomeSelection.TYPES_KEY, IncomeSelection.TYPES)
			.retrievedWithChoice(IncomeSelection.CONFIDENCE_KEY, IncomeSelection.LEVELS.toArray(String[]::new))
			.answersOneItem()
			// one Income per link: a recomputation updates it in place (its id stays) and leaves no other behind
			.replacedWhenRecomputed()
			.resumable()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			// the spec's filters select results, never rewrite them: account= lists the incomes holding a stream on
			// that account, each whole, since trimming streams would leave totals, averages and
			// number_of_income_streams describing streams the object no longer shows (and a list item unlike its detail)
			.filteredByReferencesAt("income_streams.account_id", "accounts",
					Filter.element("account", "account_ids", ValueType.UUID).only(Lookup.EXACT, Lookup.IN))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.renderedAlso(IncomeResources::streamsOnServerAccounts)
			.build();
	}

	/** The link's one Income, of the streams found in the request's window that the retrieval keeps. */
	private static List<ObjectNode> income(Derivation.StoredDocuments stored, FetchRequest request) {
		LocalDate from = request.from();
		LocalDate to = request.to();
		List<IncomeStream> streams = IncomeDetector.detect(stored.of("transactions"), stored.of("accounts"), from, to);
		return List.of(IncomeDocument.of(IncomeSelection.of(request).keep(streams), from, to));
	}

	/**
	 * Each stream names its account by the server's id where the link holds that account (the document keeps the
	 * institution's identification), else as the document has it.
	 */
	static void streamsOnServerAccounts(ObjectNode document, Rendering.Row row, ObjectNode added) {
		Map<String, UUID> accounts = row.idsOf().apply("accounts");
		ArrayNode streams = added.putArray("income_streams");
		JsonNode all = document.get("income_streams");
		if (all != null && all.isArray()) {
			for (JsonNode stream : all) {
				ObjectNode shown = JsonNodeFactory.instance.objectNode();
				shown.setAll((ObjectNode) stream);
				JsonNode named = stream.get("account_id");
				String account = named == null || named.isNull() ? null
						: named.isString() ? named.asString() : named.toString();
				UUID id = account == null ? null : accounts.get(account);
				shown.put("account_id", id != null ? id.toString() : account);
				streams.add(shown);
			}
		}
	}

}
