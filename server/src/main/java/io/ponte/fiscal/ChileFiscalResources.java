package io.ponte.fiscal;

import static io.ponte.resources.StoredFilters.CREATED_AT;
import static io.ponte.resources.StoredFilters.ID;
import static io.ponte.resources.StoredFilters.LINK;

import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import io.ponte.resources.Rendering.ServerField;
import io.ponte.resources.StoredResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chilean fiscal resources (SII): electronic tax documents, the taxpayer's registration and their debt report.
 * Only Chilean institutions offer them, so a Mexican fiscal link (also {@code INVOICES}, {@code TAX_STATUS}) or a
 * bank link gets {@code unsupported_operation} here. Their lists filter on link, id and creation time only.
 */
@Configuration(proxyBeanMethods = false)
class ChileFiscalResources {

	/** Invoices issued or received between two dates; {@code type} (INFLOW or OUTFLOW) is optional. */
	@Bean
	static StoredResource chileanInvoices() {
		return StoredResource.inTable("cl_invoices")
			.at("/api/cl/invoices/")
			.fetched(ResourceKind.INVOICES)
			.offeredIn("CL")
			.retrievedBetweenDates()
			.retrievedOptionallyByType("INFLOW", "OUTFLOW")
			.orderedBy("issue_date desc, id")
			.answersAsynchronously()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.keeping("issue_date", ValueType.DATE)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

	/** The taxpayer's registration as it stands: no window; {@code attach_pdf} is accepted as a boolean. */
	@Bean
	static StoredResource chileanTaxStatus() {
		return StoredResource.inTable("cl_tax_status")
			.at("/api/cl/tax-status/")
			.fetched(ResourceKind.TAX_STATUS)
			.offeredIn("CL")
			.withAttachmentsAsked("attach_pdf")
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

	/** The taxpayer's debt report as of the day it is retrieved. */
	@Bean
	static StoredResource chileanDebtReports() {
		return StoredResource.inTable("cl_debt_reports")
			.at("/api/cl/debt-reports/")
			.fetched(ResourceKind.DEBT_REPORTS)
			.offeredIn("CL")
			.withAttachmentsAsked("attach_pdf")
			.answersAsynchronously()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

}
