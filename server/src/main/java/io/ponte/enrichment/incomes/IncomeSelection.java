package io.ponte.enrichment.incomes;

import io.ponte.connectors.FetchRequest;
import java.util.List;

/**
 * The streams an incomes retrieval keeps: of the {@code allowed_income_types} it names (every type when it names
 * none) and at {@code minimum_confidence_level} or above (every level when it names none). The Income object is
 * then built from the kept streams alone, so its totals and averages describe what it shows.
 */
record IncomeSelection(List<String> types, String minimumConfidence) {

	static final String TYPES_KEY = "allowed_income_types";

	static final String CONFIDENCE_KEY = "minimum_confidence_level";

	/** The spec's EnumInvoiceAllowedIncomeTypesRequest; Ponte finds no ALTERNATIVE_INCOME, TRANSFER or DEPOSIT yet. */
	static final String[] TYPES = { "SALARY", "GOVERNMENT", "INTEREST", "RENT", "RETIREMENT", "FREELANCE",
			"ALTERNATIVE_INCOME", "TRANSFER", "DEPOSIT", "UNKNOWN" };

	/** The spec's confidence levels, lowest first: a minimum keeps its own level and those after it. */
	static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH");

	/** What the retrieval's body chose (already checked against the spec's values when it was read). */
	static IncomeSelection of(FetchRequest request) {
		List<String> levels = request.option(CONFIDENCE_KEY);
		return new IncomeSelection(request.option(TYPES_KEY), levels.isEmpty() ? LEVELS.getFirst() : levels.getFirst());
	}

	List<IncomeStream> keep(List<IncomeStream> streams) {
		int minimum = LEVELS.indexOf(this.minimumConfidence);
		return streams.stream()
			.filter(s -> this.types.isEmpty() || this.types.contains(s.type()))
			.filter(s -> LEVELS.indexOf(IncomeDocument.confidence(s)) >= minimum)
			.toList();
	}

}
