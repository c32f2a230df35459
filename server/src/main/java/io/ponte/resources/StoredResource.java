package io.ponte.resources;

import io.ponte.api.ApiCollection;
import io.ponte.api.Filter;
import io.ponte.api.RawJson;
import io.ponte.api.Resource;
import io.ponte.api.ValueType;
import io.ponte.connectors.ResourceKind;
import io.ponte.institutions.InstitutionEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * One resource Ponte retrieves, stores and lists: where it lives (route, table), where its items come from (a
 * connector, or a {@link Derivation} of stored data), what a retrieval takes, what its items belong to, and what
 * its list filters on. Declared as a bean with {@link #inTable}; the engine registers its routes and serves it.
 */
public final class StoredResource implements ApiCollection {

	private final String table;

	private final String path;

	private final ResourceKind kind;

	private final Derivation derivation;

	private final RetrievalShape shape;

	private final Reference reference;

	private final String orderBy;

	private final boolean listedPerLink;

	private final boolean resumable;

	private final boolean deletable;

	private final boolean answersAsynchronously;

	private final boolean answersOneItem;

	private final boolean detailedInAList;

	private final List<StoredColumn> columns;

	private final Set<String> countries;

	private final DocumentEnricher enricher;

	private final Resource<RawJson> listing;

	private StoredResource(Builder builder) {
		this.table = builder.table;
		this.path = Objects.requireNonNull(builder.path, "at(path)");
		this.kind = Objects.requireNonNull(builder.kind, "fetched(kind) or derived(kind, derivation)");
		this.derivation = builder.derivation;
		this.shape = builder.shape;
		this.reference = builder.reference;
		this.orderBy = builder.orderBy;
		this.listedPerLink = builder.listedPerLink;
		this.resumable = builder.resumable;
		this.deletable = builder.deletable;
		this.answersAsynchronously = builder.answersAsynchronously;
		this.answersOneItem = builder.answersOneItem;
		this.detailedInAList = builder.detailedInAList;
		this.columns = List.copyOf(builder.columns);
		this.countries = builder.countries;
		this.enricher = builder.enricher;
		this.listing = Resource
			.of(builder.listedFrom != null ? builder.listedFrom : builder.table, builder.orderBy,
					(rs, row) -> new RawJson(rs.getString("rendered")), builder.filters)
			.selecting("rendered");
		if (this.shape.narrowingKey() != null && this.reference == null) {
			throw new IllegalStateException(this.table + " is narrowed by a reference it does not have");
		}
	}

	/** Starts the declaration of the resource stored in {@code table} (also its name among stored resources). */
	public static Builder inTable(String table) {
		return new Builder(table);
	}

	/** The key at the API root: the route below {@code /api/}, e.g. {@code br_balances}. */
	@Override
	public String name() {
		return this.path.substring("/api/".length(), this.path.length() - 1).replace('/', '_');
	}

	@Override
	public String path() {
		return this.path;
	}

	public String table() {
		return this.table;
	}

	public ResourceKind kind() {
		return this.kind;
	}

	/**
	 * Whether a link's institution offers this resource: it lists the resource's kind and, for a resource of
	 * some countries only, is of one of them (Chilean and Mexican invoices are both {@code INVOICES}).
	 */
	public boolean offeredBy(InstitutionEntry institution) {
		return institution.supports(this.kind.name()) && availableIn(institution.country());
	}

	/** Whether institutions of this country (ISO code) may offer it. */
	boolean availableIn(String country) {
		return this.countries == null || this.countries.contains(country);
	}

	/** How the items are computed from stored data, or null when a connector fetches them. */
	Derivation derivation() {
		return this.derivation;
	}

	RetrievalShape shape() {
		return this.shape;
	}

	Reference reference() {
		return this.reference;
	}

	String orderBy() {
		return this.orderBy;
	}

	boolean listedPerLink() {
		return this.listedPerLink;
	}

	boolean resumable() {
		return this.resumable;
	}

	boolean deletable() {
		return this.deletable;
	}

	boolean answersAsynchronously() {
		return this.answersAsynchronously;
	}

	/** Whether a retrieval answers its one item as an object, not a list (a certificate of the day). */
	public boolean answersOneItem() {
		return this.answersOneItem;
	}

	/** Whether {@code GET {id}/} answers the item in a list of one, as the spec has it for recurring expenses, risk insights. */
	public boolean detailedInAList() {
		return this.detailedInAList;
	}

	List<StoredColumn> columns() {
		return this.columns;
	}

	/** Enriches freshly fetched documents before they are stored; nothing when none is declared. */
	void enrich(List<ObjectNode> documents, String country) {
		if (this.enricher != null && !documents.isEmpty()) {
			this.enricher.enrich(documents, country);
		}
	}

	/** The list (and detail) definition: the rendered text of each row, with the declared filters. */
	public Resource<RawJson> listing() {
		return this.listing;
	}

	@Override
	public String toString() {
		return this.table;
	}

	/**
	 * Items that belong to an item of another stored resource ({@code target}, by table): the document names it
	 * by the institution's identification in {@code field}; the table keeps its server id in {@code column}.
	 */
	record Reference(String target, String field, String column) {
	}

	/** The steps of a declaration; each reads as part of a sentence about the resource. */
	public static final class Builder {

		private final String table;

		private String path;

		private ResourceKind kind;

		private Derivation derivation;

		private RetrievalShape shape = RetrievalShape.PLAIN;

		private Reference reference;

		private String listedFrom;

		private String orderBy = "created_at desc, id";

		private boolean listedPerLink;

		private boolean resumable;

		private boolean deletable;

		private boolean answersAsynchronously;

		private boolean answersOneItem;

		private boolean detailedInAList;

		private final List<Filter> filters = new ArrayList<>();

		private final List<StoredColumn> columns = new ArrayList<>();

		private Set<String> countries;

		private DocumentEnricher enricher;

		private Builder(String table) {
			this.table = Objects.requireNonNull(table);
		}

		/** The collection route, e.g. {@code /api/transactions/}; items are at {@code {path}{id}/}. */
		public Builder at(String path) {
			if (!path.startsWith("/api/") || !path.endsWith("/")) {
				throw new IllegalArgumentException("A collection route starts with /api/ and ends with /: " + path);
			}
			this.path = path;
			return this;
		}

		/** Items come from the link's institution, through its connector. */
		public Builder fetched(ResourceKind kind) {
			this.kind = kind;
			return this;
		}

		/** Items are computed from what the link already stores, without calling the institution. */
		public Builder derived(ResourceKind kind, Derivation derivation) {
			this.kind = kind;
			this.derivation = Objects.requireNonNull(derivation);
			return this;
		}

		/** A retrieval must name {@code date_from} and {@code date_to}. */
		public Builder retrievedBetweenDates() {
			this.shape = this.shape.withDates(RetrievalShape.Dates.REQUIRED);
			return this;
		}

		/** A retrieval may name {@code date_from} and {@code date_to} (by default, the last year). */
		public Builder retrievedOptionallyBetweenDates() {
			this.shape = this.shape.withDates(RetrievalShape.Dates.OPTIONAL);
			return this;
		}

		/** A retrieval may name a {@code reference_date}, the day its figures are computed as of. */
		public Builder retrievedAsOfReferenceDate() {
			this.shape = this.shape.withDates(RetrievalShape.Dates.REFERENCE);
			return this;
		}

		/** A retrieval names {@code year_from} and {@code year_to} (tax returns). */
		public Builder retrievedOverYears() {
			this.shape = this.shape.withYears();
			return this;
		}

		/** A retrieval names a {@code type}, one of these (invoices: {@code INFLOW} or {@code OUTFLOW}). */
		public Builder retrievedByType(String... types) {
			this.shape = this.shape.withTypes(Set.of(types), true);
			return this;
		}

		/** A retrieval may name a {@code type}, one of these; without one it retrieves every type. */
		public Builder retrievedOptionallyByType(String... types) {
			this.shape = this.shape.withTypes(Set.of(types), false);
			return this;
		}

		/**
		 * Only institutions of these countries (ISO codes) offer it, so another country's link on its route is
		 * the institution's {@code unsupported_operation} and a historical load of that kind skips it.
		 */
		public Builder offeredIn(String... countries) {
			this.countries = Set.of(countries);
			return this;
		}

		/** A retrieval's {@code type}: {@code yearly} (the default) takes years, {@code dated} dates (tax returns). */
		public Builder retrievedOverYearsOrDatesByType(String yearly, String dated) {
			this.shape = this.shape.withYearsForType(yearly, dated);
			return this;
		}

		/** A retrieval may ask for attachments with this boolean key ({@code attach_xml}). */
		public Builder withAttachmentsAsked(String key) {
			this.shape = this.shape.withAttachment(key);
			return this;
		}

		/**
		 * Each item belongs to an item of the resource stored in {@code target}, which the document names in
		 * {@code field}; its server id is kept in the column {@code field_id} (or {@code field} when it already
		 * ends so). The target is fetched and stored first.
		 */
		public Builder belongsTo(String target, String field) {
			this.reference = new Reference(target, field, field.endsWith("_id") ? field : field + "_id");
			return this;
		}

		/** A retrieval may name one referenced item (by server id) with this key, and keeps only its items. */
		public Builder narrowedBy(String key) {
			this.shape = this.shape.narrowedBy(key);
			return this;
		}

		/** Lists read this view (the table plus columns of other tables its filters need). */
		public Builder listedFrom(String view) {
			this.listedFrom = view;
			return this;
		}

		/** The list order; it must end in a unique column. */
		public Builder orderedBy(String orderBy) {
			this.orderBy = orderBy;
			return this;
		}

		/** The list needs the {@code link} filter, as the spec says for some resources. */
		public Builder listedPerLink() {
			this.listedPerLink = true;
			return this;
		}

		/** {@code PATCH} on the collection resumes a retrieval that asked for an MFA token. */
		public Builder resumable() {
			this.resumable = true;
			return this;
		}

		/**
		 * The spec lets its retrieval take {@code X-Belvo-Request-Mode: async}: a 202 with the request's id, the
		 * retrieval in the background and its outcome in a webhook.
		 */
		public Builder answersAsynchronously() {
			this.answersAsynchronously = true;
			return this;
		}

		/** A retrieval brings one item (the tax status of the day), which the spec answers as an object. */
		public Builder answersOneItem() {
			this.answersOneItem = true;
			return this;
		}

		/** Fetched documents go through {@code enricher} before they are stored (see {@link DocumentEnricher}). */
		public Builder enrichedBy(DocumentEnricher enricher) {
			this.enricher = enricher;
			return this;
		}

		/** {@code GET {path}{id}/} answers a list of the one item (as the spec has recurring expenses, risk insights). */
		public Builder detailedInAList() {
			this.detailedInAList = true;
			return this;
		}

		/** Items can be deleted one by one. */
		public Builder deletable() {
			this.deletable = true;
			return this;
		}

		/** Filters on columns the table or list view has already (server fields, referenced items). */
		public Builder filteredBy(Filter... filters) {
			this.filters.addAll(List.of(filters));
			return this;
		}

		/** Filters on values of the document, each kept in the column its name spells when a row is written. */
		public Builder filteredByDocument(Filter... filters) {
			for (Filter filter : filters) {
				this.filters.add(filter);
				this.columns.add(StoredColumn.of(filter));
			}
			return this;
		}

		/** A filter on a value nested in the document at a dot-separated {@code path}, kept in its column. */
		public Builder filteredByDocumentAt(String path, Filter filter) {
			this.filters.add(filter);
			this.columns.add(new StoredColumn(filter.column(), filter.type(), List.of(path.split("\\."))));
			return this;
		}

		/** Keeps a value of the document in a column only to order the list by it. */
		public Builder keeping(String key, ValueType type) {
			this.columns.add(StoredColumn.of(key, type));
			return this;
		}

		public StoredResource build() {
			return new StoredResource(this);
		}

	}

}
