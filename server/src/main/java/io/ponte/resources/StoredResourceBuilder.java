package io.ponte.resources;

import io.ponte.api.Filter;
import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The steps of a stored resource's declaration ({@link StoredResource#inTable}); each reads as part of a sentence
 * about the resource. The resource it builds reads its fields once.
 */
public final class StoredResourceBuilder {

	final String table;

	String path;

	ResourceKind kind;

	Derivation derivation;

	RetrievalShape shape = RetrievalShape.PLAIN;

	StoredResource.Reference reference;

	String listedFrom;

	String orderBy = "created_at desc, id";

	boolean listedPerLink;

	boolean resumable;

	boolean deletable;

	boolean answersAsynchronously;

	boolean answersOneItem;

	boolean detailedInAList;

	boolean replacedWhenRecomputed;

	final List<Filter> filters = new ArrayList<>();

	final List<StoredColumn> columns = new ArrayList<>();

	final List<ReferenceArray> referenceArrays = new ArrayList<>();

	Set<String> countries;

	DocumentEnricher enricher;

	final Set<Rendering.ServerField> serverFields = EnumSet.noneOf(Rendering.ServerField.class);

	boolean renderingDeclared;

	boolean referencedById;

	final List<String> hiddenKeys = new ArrayList<>();

	final List<String> stampedKeys = new ArrayList<>();

	final List<String> stampedEachKeys = new ArrayList<>();

	final List<Rendering.Addition> additions = new ArrayList<>();

	StoredResourceBuilder(String table) {
		this.table = Objects.requireNonNull(table);
	}

	/** The collection route, e.g. {@code /api/transactions/}; items are at {@code {path}{id}/}. */
	public StoredResourceBuilder at(String path) {
		if (!path.startsWith("/api/") || !path.endsWith("/")) {
			throw new IllegalArgumentException("A collection route starts with /api/ and ends with /: " + path);
		}
		this.path = path;
		return this;
	}

	/** Items come from the link's institution, through its connector. */
	public StoredResourceBuilder fetched(ResourceKind kind) {
		this.kind = kind;
		return this;
	}

	/** Items are computed from what the link already stores, without calling the institution. */
	public StoredResourceBuilder derived(ResourceKind kind, Derivation derivation) {
		this.kind = kind;
		this.derivation = Objects.requireNonNull(derivation);
		return this;
	}

	/** A retrieval must name {@code date_from} and {@code date_to}. */
	public StoredResourceBuilder retrievedBetweenDates() {
		this.shape = this.shape.withDates(RetrievalShape.Dates.REQUIRED);
		return this;
	}

	/** A retrieval may name {@code date_from} and {@code date_to} (by default, the last year). */
	public StoredResourceBuilder retrievedOptionallyBetweenDates() {
		this.shape = this.shape.withDates(RetrievalShape.Dates.OPTIONAL);
		return this;
	}

	/** A retrieval may name a {@code reference_date}, the day its figures are computed as of. */
	public StoredResourceBuilder retrievedAsOfReferenceDate() {
		this.shape = this.shape.withDates(RetrievalShape.Dates.REFERENCE);
		return this;
	}

	/** A retrieval names {@code year_from} and {@code year_to} (tax returns). */
	public StoredResourceBuilder retrievedOverYears() {
		this.shape = this.shape.withYears();
		return this;
	}

	/** A retrieval names a {@code type}, one of these (invoices: {@code INFLOW} or {@code OUTFLOW}). */
	public StoredResourceBuilder retrievedByType(String... types) {
		this.shape = this.shape.withTypes(Set.of(types), true);
		return this;
	}

	/** A retrieval may name a {@code type}, one of these; without one it retrieves every type. */
	public StoredResourceBuilder retrievedOptionallyByType(String... types) {
		this.shape = this.shape.withTypes(Set.of(types), false);
		return this;
	}

	/**
	 * Only institutions of these countries (ISO codes) offer it, so another country's link on its route is
	 * the institution's {@code unsupported_operation} and a historical load of that kind skips it.
	 */
	public StoredResourceBuilder offeredIn(String... countries) {
		this.countries = Set.of(countries);
		return this;
	}

	/** A retrieval's {@code type}: {@code yearly} (the default) takes years, {@code dated} dates (tax returns). */
	public StoredResourceBuilder retrievedOverYearsOrDatesByType(String yearly, String dated) {
		this.shape = this.shape.withYearsForType(yearly, dated);
		return this;
	}

	/** A retrieval may choose one of {@code values} with {@code key}; the derivation reads it as an option. */
	public StoredResourceBuilder retrievedWithChoice(String key, String... values) {
		this.shape = this.shape.choosing(new RetrievalShape.Choice(key, Set.of(values), false));
		return this;
	}

	/** A retrieval may choose a list of {@code values} with {@code key}; the derivation reads it as an option. */
	public StoredResourceBuilder retrievedWithChoices(String key, String... values) {
		this.shape = this.shape.choosing(new RetrievalShape.Choice(key, Set.of(values), true));
		return this;
	}

	/** A retrieval may ask for attachments with this boolean key ({@code attach_xml}). */
	public StoredResourceBuilder withAttachmentsAsked(String key) {
		this.shape = this.shape.withAttachment(key);
		return this;
	}

	/**
	 * Each item belongs to an item of the resource stored in {@code target}, which the document names in
	 * {@code field}; its server id is kept in the column {@code field_id} (or {@code field} when it already
	 * ends so). The target is fetched and stored first.
	 */
	public StoredResourceBuilder belongsTo(String target, String field) {
		this.reference = new StoredResource.Reference(target, field, field.endsWith("_id") ? field : field + "_id");
		return this;
	}

	/** A retrieval may name one referenced item (by server id) with this key, and keeps only its items. */
	public StoredResourceBuilder narrowedBy(String key) {
		this.shape = this.shape.narrowedBy(key);
		return this;
	}

	/** Lists read this view (the table plus columns of other tables its filters need). */
	public StoredResourceBuilder listedFrom(String view) {
		this.listedFrom = view;
		return this;
	}

	/** The list order; it must end in a unique column. */
	public StoredResourceBuilder orderedBy(String orderBy) {
		this.orderBy = orderBy;
		return this;
	}

	/** The list needs the {@code link} filter, as the spec says for some resources. */
	public StoredResourceBuilder listedPerLink() {
		this.listedPerLink = true;
		return this;
	}

	/** {@code PATCH} on the collection resumes a retrieval that asked for an MFA token. */
	public StoredResourceBuilder resumable() {
		this.resumable = true;
		return this;
	}

	/**
	 * The spec lets its retrieval take {@code X-Belvo-Request-Mode: async}: a 202 with the request's id, the
	 * retrieval in the background and its outcome in a webhook.
	 */
	public StoredResourceBuilder answersAsynchronously() {
		this.answersAsynchronously = true;
		return this;
	}

	/** A retrieval brings one item (the tax status of the day), which the spec answers as an object. */
	public StoredResourceBuilder answersOneItem() {
		this.answersOneItem = true;
		return this;
	}

	/** Fetched documents go through {@code enricher} before they are stored (see {@link DocumentEnricher}). */
	public StoredResourceBuilder enrichedBy(DocumentEnricher enricher) {
		this.enricher = enricher;
		return this;
	}

	/** {@code GET {path}{id}/} answers a list of the one item (as the spec has recurring expenses, risk insights). */
	public StoredResourceBuilder detailedInAList() {
		this.detailedInAList = true;
		return this;
	}

	/**
	 * Each retrieval computes the link's items anew and replaces them: those it no longer finds are deleted in
	 * the transaction that writes the others, so nothing outlives the data it was computed from.
	 */
	public StoredResourceBuilder replacedWhenRecomputed() {
		this.replacedWhenRecomputed = true;
		return this;
	}

	/** Items can be deleted one by one. */
	public StoredResourceBuilder deletable() {
		this.deletable = true;
		return this;
	}

	/** Filters on columns the table or list view has already (server fields, referenced items). */
	public StoredResourceBuilder filteredBy(Filter... filters) {
		this.filters.addAll(List.of(filters));
		return this;
	}

	/** Filters on values of the document, each kept in the column its name spells when a row is written. */
	public StoredResourceBuilder filteredByDocument(Filter... filters) {
		for (Filter filter : filters) {
			this.filters.add(filter);
			this.columns.add(StoredColumn.of(filter));
		}
		return this;
	}

	/** A filter on a value nested in the document at a dot-separated {@code path}, kept in its column. */
	public StoredResourceBuilder filteredByDocumentAt(String path, Filter filter) {
		this.filters.add(filter);
		this.columns.add(new StoredColumn(filter.column(), filter.type(), List.of(path.split("\\."))));
		return this;
	}

	/**
	 * A filter on the items of {@code target} (by table) the document names inside an array, at {@code path}
	 * written {@code array.key}: their server ids are kept in the filter's array column ({@link Filter#element})
	 * when a row is written, so the list can use an index on it (see {@link ReferenceArray}).
	 */
	public StoredResourceBuilder filteredByReferencesAt(String path, String target, Filter filter) {
		this.filters.add(filter);
		this.referenceArrays.add(ReferenceArray.at(path, target, filter.column()));
		return this;
	}

	/** Keeps a value of the document in a column only to order the list by it. */
	public StoredResourceBuilder keeping(String key, ValueType type) {
		this.columns.add(StoredColumn.of(key, type));
		return this;
	}

	/**
	 * The server fields the spec's object shows beside the document's keys ({@link Rendering}); the item it
	 * belongs to ({@link #belongsTo}) is shown as its object, nested, unless {@link #referencedById}.
	 */
	public StoredResourceBuilder renderedWith(Rendering.ServerField... fields) {
		this.serverFields.addAll(List.of(fields));
		this.renderingDeclared = true;
		return this;
	}

	/** The item it belongs to is shown by its server id, not as its object. */
	public StoredResourceBuilder referencedById() {
		this.referencedById = true;
		return this;
	}

	/** Keys of the document the spec's object does not admit (kept stored, never shown). */
	public StoredResourceBuilder renderedWithout(String... keys) {
		this.hiddenKeys.addAll(List.of(keys));
		return this;
	}

	/** Objects of the document that carry the collection time as their own {@code collected_at}, as the spec has it. */
	public StoredResourceBuilder stampedIn(String... keys) {
		this.stampedKeys.addAll(List.of(keys));
		return this;
	}

	/** Arrays of objects (an empty one when absent) each of which carries the collection time, as the spec has it. */
	public StoredResourceBuilder stampedInEach(String... keys) {
		this.stampedEachKeys.addAll(List.of(keys));
		return this;
	}

	/** What the object shows that this resource computes from the document and the row. */
	public StoredResourceBuilder renderedAlso(Rendering.Addition addition) {
		this.additions.add(addition);
		return this;
	}

	public StoredResource build() {
		return new StoredResource(this);
	}

}
