package io.ponte.resources;

import io.ponte.api.ApiCollection;
import io.ponte.api.RawJson;
import io.ponte.api.Resource;
import io.ponte.connectors.ResourceKind;
import io.ponte.institutions.InstitutionEntry;
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

	private final boolean replacedWhenRecomputed;

	private final List<StoredColumn> columns;

	private final List<ReferenceArray> referenceArrays;

	private final Set<String> countries;

	private final DocumentEnricher enricher;

	private final Resource<RawJson> listing;

	private final Rendering rendering;

	StoredResource(StoredResourceBuilder builder) {
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
		this.replacedWhenRecomputed = builder.replacedWhenRecomputed;
		this.columns = List.copyOf(builder.columns);
		this.referenceArrays = List.copyOf(builder.referenceArrays);
		this.countries = builder.countries;
		this.enricher = builder.enricher;
		if (!builder.renderingDeclared) {
			throw new IllegalStateException(this.table + " declares no rendering: renderedWith(the server fields its"
					+ " object shows)");
		}
		this.rendering = new Rendering(builder.serverFields, builder.hiddenKeys, builder.stampedKeys,
				builder.stampedEachKeys, builder.additions, builder.referencedById);
		this.listing = Resource
			.of(builder.listedFrom != null ? builder.listedFrom : builder.table, builder.orderBy,
					(rs, row) -> new RawJson(rs.getString("rendered")), builder.filters)
			.selecting("rendered");
		if (this.replacedWhenRecomputed && (this.derivation == null || this.shape.narrowingKey() != null)) {
			// a narrowed retrieval writes some of the link's items: it cannot replace them all
			throw new IllegalStateException(this.table + " is replaced when recomputed: derived and never narrowed");
		}
		if (this.shape.narrowingKey() != null && this.reference == null) {
			throw new IllegalStateException(this.table + " is narrowed by a reference it does not have");
		}
	}

	/** Starts the declaration of the resource stored in {@code table} (also its name among stored resources). */
	public static StoredResourceBuilder inTable(String table) {
		return new StoredResourceBuilder(table);
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

	/** Whether a retrieval's items replace the link's previous ones (a derivation computed anew). */
	boolean replacedWhenRecomputed() {
		return this.replacedWhenRecomputed;
	}

	List<StoredColumn> columns() {
		return this.columns;
	}

	/** The array columns of referenced items' server ids, resolved when a row is written. */
	List<ReferenceArray> referenceArrays() {
		return this.referenceArrays;
	}

	/** How a row's API object is made when the row is written. */
	Rendering rendering() {
		return this.rendering;
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

}
