package io.ponte.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code GET /api/sandbox/truth/}: the sandbox's truth about one link's end user, naming only
 * accounts and transactions the server stored for that link, by their API ids.
 *
 * @param categories each stored transaction's true {@code [category, subcategory]} (subcategory may be null)
 * @param decoys streams planted to look like income or a recurring expense that are neither
 */
record PublishedTruth(UUID link, Instant generatedAt, List<Stream> incomes, List<Stream> recurringExpenses,
		List<UUID> internalTransfers, Map<UUID, List<String>> categories, List<Stream> decoys) {

	/** One planted stream; {@code endDate} is null while it goes on; {@code kind} the situation it stands for. */
	record Stream(UUID account, String name, String type, String frequency, BigDecimal amount, LocalDate startDate,
			LocalDate endDate, List<UUID> transactions, String kind) {
	}

}
