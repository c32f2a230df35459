package io.ponte.enrichment.categorization;

import io.ponte.resources.DocumentEnricher;
import java.util.Set;

/**
 * A categorizer whose merchant dictionary lacks the lines of some merchants, for scores that hide part of what the
 * dictionary was written from. A line is hidden when its descriptor is one of {@code hidden} or starts it (the
 * dictionary leaves out the store numbers and cities a statement text ends with).
 */
public final class PartialDictionary {

	private final MerchantDictionary dictionary;

	/** {@code hidden}: descriptors as banks print them. */
	public PartialDictionary(Set<String> hidden) {
		Set<String> texts = hidden.stream().map(BankText::normalized).collect(java.util.stream.Collectors.toSet());
		this.dictionary = MerchantDictionary.load(
				descriptor -> texts.stream().noneMatch(t -> t.equals(descriptor) || t.startsWith(descriptor + " ")));
	}

	public DocumentEnricher categorizer() {
		return new TransactionCategorizer(this.dictionary);
	}

	/** Whether the dictionary still names a merchant in this statement text. */
	public boolean knows(String country, String description) {
		return this.dictionary.find(country, BankText.merchantPart(BankText.normalized(description))) != null;
	}

}
