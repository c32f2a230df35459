package io.ponte.employment;

import static io.ponte.api.Filter.exact;
import static io.ponte.api.Filter.ordered;
import static io.ponte.resources.StoredFilters.COLLECTED_AT;
import static io.ponte.resources.StoredFilters.CREATED_AT;
import static io.ponte.resources.StoredFilters.ID;
import static io.ponte.resources.StoredFilters.LINK;

import io.ponte.api.Lookup;
import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import io.ponte.resources.Rendering.ServerField;
import io.ponte.resources.StoredResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The employment resources Ponte stores and serves: Brazil's INSS employments and Mexico's IMSS employment records
 * and current employment, with the filters the spec lists for each. The engine in {@code io.ponte.resources}
 * routes, retrieves, stores and lists them.
 */
@Configuration(proxyBeanMethods = false)
class EmploymentResources {

	/** One employment per employer and start; a retrieval may name a window (by default, the last year). */
	@Bean
	static StoredResource brazilianEmployments() {
		return StoredResource.inTable("br_employments")
			.at("/api/br/employments/")
			.fetched(ResourceKind.EMPLOYMENTS)
			.retrievedOptionallyBetweenDates()
			.orderedBy("start_date desc, id")
			.listedPerLink()
			.answersAsynchronously()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.filteredByDocument(
					ordered("start_date", ValueType.DATE)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					ordered("end_date", ValueType.DATE)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

	/** The IMSS report of a person, keyed by the CURP; a retrieval may ask for its PDF ({@code attach_pdf}). */
	@Bean
	static StoredResource employmentRecords() {
		return StoredResource.inTable("employment_records")
			.at("/api/employment-records/")
			.fetched(ResourceKind.EMPLOYMENT_RECORDS)
			.withAttachmentsAsked("attach_pdf")
			.answersAsynchronously()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT, COLLECTED_AT, exact("internal_identification", ValueType.TEXT))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.stampedInEach("employment_records")
			.build();
	}

	/** The person's employment as of the month of the retrieval. */
	@Bean
	static StoredResource currentEmployments() {
		return StoredResource.inTable("current_employments")
			.at("/api/mx/current-employments/")
			.fetched(ResourceKind.CURRENT_EMPLOYMENTS)
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT, COLLECTED_AT)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			// an unemployed person's object names no record and no month
			.renderedAlso((document, row, added) -> {
				if ("UNEMPLOYED".equals(document.path("status").asString(null))) {
					added.putNull("internal_identification");
					added.putNull("month");
				}
			})
			.build();
	}

}
