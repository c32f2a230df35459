package io.ponte.enrichment.employment;

import static io.ponte.resources.StoredFilters.ID;
import static io.ponte.resources.StoredFilters.LINK;

import io.ponte.connectors.ResourceKind;
import io.ponte.resources.Rendering.ServerField;
import io.ponte.resources.StoredResource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Employment metrics as a resource derived from the IMSS employment report a Mexican link stores, so the engine
 * routes, stores, lists and deletes them like fetched resources. One item per link and reference date.
 */
@Configuration(proxyBeanMethods = false)
class EmploymentMetricsResources {

	@Bean
	static StoredResource employmentMetrics() {
		return StoredResource.inTable("employment_metrics")
			.at("/api/employment-metrics/")
			.derived(ResourceKind.EMPLOYMENT_METRICS, (stored, request) -> {
				// a retrieval's window is its reference date alone when it names one, else open up to today
				boolean named = request.from() != null && request.from().equals(request.to());
				LocalDate reference = request.to();
				List<ObjectNode> reports = stored.of("employment_records");
				ObjectNode report = reports.isEmpty() ? JsonNodeFactory.instance.objectNode() : reports.getFirst();
				ObjectNode metrics = EmploymentMetricsCalculator.compute(report, reference);
				metrics.put("reference_date", named ? reference.toString() : null);
				metrics.put("internal_identification", "employment_metrics:" + (named ? reference : "today"));
				return List.of(metrics);
			})
			.offeredIn("MX")
			.retrievedAsOfReferenceDate()
			.answersOneItem()
			.deletable()
			.filteredBy(LINK, ID)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT, ServerField.UPDATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

}
