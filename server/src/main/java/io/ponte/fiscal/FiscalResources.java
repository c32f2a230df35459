package io.ponte.fiscal;

import static io.ponte.api.Filter.exact;
import static io.ponte.api.Filter.ordered;
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
 * Mexico's fiscal resources (the SAT's CFDIs and certificates) Ponte stores and serves, with the filters the spec
 * lists for each. A banking link asking for them, or a fiscal link asking for banking data, gets the 400 of an
 * institution that does not offer the resource: the engine checks the institution's resources.
 */
@Configuration(proxyBeanMethods = false)
class FiscalResources {

	/** CFDIs received ({@code INFLOW}) or issued ({@code OUTFLOW}), one direction per retrieval. */
	@Bean
	static StoredResource invoices() {
		return StoredResource.inTable("invoices")
			.at("/api/invoices/")
			.fetched(ResourceKind.INVOICES)
			.offeredIn("MX")
			.retrievedBetweenDates()
			.retrievedByType("INFLOW", "OUTFLOW")
			.withAttachmentsAsked("attach_xml")
			.orderedBy("invoice_date desc, id")
			.resumable()
			.answersAsynchronously()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.filteredByDocument(
					ordered("invoice_date", ValueType.DATE)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE),
					exact("invoice_identification", ValueType.TEXT), exact("status", ValueType.TEXT),
					exact("type", ValueType.TEXT),
					ordered("total_amount", ValueType.DECIMAL)
						.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE))
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.stampedIn("payroll")
			.stampedInEach("invoice_details")
			.build();
	}

	/** Yearly returns ({@code type: yearly}, by years) and monthly ones ({@code type: monthly}, by dates). */
	@Bean
	static StoredResource taxReturns() {
		return StoredResource.inTable("tax_returns")
			.at("/api/tax-returns/")
			.fetched(ResourceKind.TAX_RETURNS)
			.offeredIn("MX")
			.retrievedOverYearsOrDatesByType("yearly", "monthly")
			.withAttachmentsAsked("attach_pdf")
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.filteredByDocumentAt("informacion_general.ejercicio", ordered("ejercicio", ValueType.INTEGER)
				.only(Lookup.EXACT, Lookup.GT, Lookup.GTE, Lookup.LT, Lookup.LTE, Lookup.RANGE))
			.filteredByDocumentAt("informacion_general.tipo_declaracion", exact("tipo_declaracion", ValueType.TEXT))
			.renderedWith(ServerField.ID, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			// a monthly return (which has a type) shows no link
			.renderedAlso((document, row, added) -> {
				if (!document.has("type")) {
					added.put("link", row.link().id().toString());
				}
			})
			.build();
	}

	/** The constancia de situación fiscal, as of the day it is asked for. */
	@Bean
	static StoredResource taxStatus() {
		return StoredResource.inTable("tax_status")
			.at("/api/tax-status/")
			.fetched(ResourceKind.TAX_STATUS)
			.offeredIn("MX")
			.withAttachmentsAsked("attach_pdf")
			.answersOneItem()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

	/** The opinión de cumplimiento, as of the day it is asked for. */
	@Bean
	static StoredResource taxComplianceStatus() {
		return StoredResource.inTable("tax_compliance_status")
			.at("/api/tax-compliance-status/")
			.fetched(ResourceKind.TAX_COMPLIANCE_STATUS)
			.offeredIn("MX")
			.withAttachmentsAsked("attach_pdf")
			.answersOneItem()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.renderedWith(ServerField.ID, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.build();
	}

	/**
	 * CFDIs de retenciones received ({@code INFLOW}: a payer certifies what it withheld) or issued
	 * ({@code OUTFLOW}), between two dates. The spec gives it no {@code PATCH}, no async mode and no {@code id}
	 * filter.
	 */
	@Bean
	static StoredResource taxRetentions() {
		return StoredResource.inTable("tax_retentions")
			.at("/api/tax-retentions/")
			.fetched(ResourceKind.TAX_RETENTIONS)
			.offeredIn("MX")
			.retrievedBetweenDates()
			.retrievedByType("INFLOW", "OUTFLOW")
			.withAttachmentsAsked("attach_xml")
			.orderedBy("issued_at desc, id")
			.deletable()
			.filteredBy(LINK, CREATED_AT)
			.keeping("issued_at", ValueType.DATETIME)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

	/** The business's yearly balance sheet and income statement, every year the SAT has one: no window. */
	@Bean
	static StoredResource financialStatements() {
		return StoredResource.inTable("financial_statements")
			.at("/api/financial-statements/")
			.fetched(ResourceKind.FINANCIAL_STATEMENTS)
			.offeredIn("MX")
			.orderedBy("year desc, id")
			.answersAsynchronously()
			.deletable()
			.filteredBy(LINK, ID, CREATED_AT)
			.keeping("year", ValueType.TEXT)
			.renderedWith(ServerField.ID, ServerField.LINK, ServerField.COLLECTED_AT, ServerField.CREATED_AT)
			.renderedWithout("internal_identification")
			.build();
	}

}
