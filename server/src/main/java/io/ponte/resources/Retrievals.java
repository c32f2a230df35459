package io.ponte.resources;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.RawJson;
import io.ponte.connectors.FetchRequest;
import io.ponte.connectors.ResourceKind;
import io.ponte.institutions.InstitutionCatalog;
import io.ponte.institutions.InstitutionEntry;
import io.ponte.links.HistoricalLoader;
import io.ponte.links.Link;
import io.ponte.links.LinkLogins;
import io.ponte.links.Links;
import io.ponte.links.MfaPurpose;
import io.ponte.links.Links.LinkLogin;
import io.ponte.sandbox.SandboxClocks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST} (retrieve) and {@code PATCH} (resume after MFA) on any stored resource, and a link's historical
 * load: log in with the link, fetch from the institution (or derive from stored data), store the items in one
 * transaction, and answer with them rendered as the list shows them. With {@code save_data=false} the same
 * happens inside a transaction that is rolled back.
 */
@Service
class Retrievals implements HistoricalLoader {

	private final Links links;

	private final LinkLogins logins;

	private final InstitutionCatalog institutions;

	private final DocumentStore store;

	private final StoredResources resources;

	private final TransactionTemplate transaction;

	private final HistoricalUpdates historicalUpdates;

	private final SandboxClocks clocks;

	private final Clock clock;

	Retrievals(Links links, LinkLogins logins, InstitutionCatalog institutions, DocumentStore store, StoredResources resources,
			TransactionTemplate transaction, HistoricalUpdates historicalUpdates, SandboxClocks clocks, Clock clock) {
		this.links = links;
		this.logins = logins;
		this.institutions = institutions;
		this.store = store;
		this.resources = resources;
		this.transaction = transaction;
		this.historicalUpdates = historicalUpdates;
		this.clocks = clocks;
		this.clock = clock;
	}

	/** The items, and whether they were kept (201) or only shown (200). */
	record Retrieved(List<RawJson> items, boolean saved) {
	}

	Retrieved retrieve(Caller caller, StoredResource resource, JsonNode body) {
		return retrieve(caller, resource, body, false);
	}

	/**
	 * Checks what a retrieval can check before it runs (the body's shape, the link), so an asynchronous request
	 * answers its 400 or 404 at once rather than in a webhook.
	 */
	void check(Caller caller, StoredResource resource, JsonNode body) {
		RetrievalRequest request = resource.shape().read(JsonBody.of(body), resource.kind(), today(caller));
		this.links.detail(caller, request.link());
	}

	/**
	 * A retrieval whose outcome is announced: {@code <TYPE> historical_update} with the link's counts, in the
	 * transaction that stores the items (or, with {@code save_data=false}, the count retrieved, after it).
	 */
	Retrieved retrieveAndAnnounce(Caller caller, StoredResource resource, JsonNode body) {
		return retrieve(caller, resource, body, true);
	}

	private Retrieved retrieve(Caller caller, StoredResource resource, JsonNode body, boolean announce) {
		RetrievalRequest request = resource.shape().read(JsonBody.of(body), resource.kind(), today(caller));
		if (resource.derivation() != null) {
			Link link = this.links.detail(caller, request.link());
			InstitutionEntry institution = this.institutions.byName(link.institution(), caller.environment())
				.orElseThrow(ApiException::unsupportedOperation);
			return new Operation(caller, link, institution, null).answer(resource, request, announce);
		}
		LinkLogin login = this.logins.login(caller, request.link(), request.token(), MfaPurpose.RETRIEVE, body);
		return new Operation(caller, login).answer(resource, request, announce);
	}

	Retrieved resume(Caller caller, StoredResource resource, JsonNode body) {
		JsonBody resumed = JsonBody.of(body);
		String session = resumed.requiredString("session");
		UUID linkId = resumed.requiredUuid("link");
		String token = resumed.optionalString("token");
		LinkLogin login = this.logins.resumeLogin(caller, linkId, session, token);
		RetrievalRequest original = resource.shape().read(JsonBody.of(login.request()), resource.kind(), today(caller));
		boolean saveData = resumed.has("save_data") ? resumed.optionalBoolean("save_data", true)
				: original.saveData();
		return new Operation(caller, login).answer(resource, new RetrievalRequest(original.link(), original.token(),
				saveData, original.narrowedTo(), original.fetch()), false);
	}

	/**
	 * Stores every requested resource the link's institution offers, each in its own transaction, over the last
	 * year: fetched ones first, then the derived ones (incomes, recurring expenses, risk insights), computed from
	 * what was just stored.
	 */
	@Override
	public void load(Caller caller, LinkLogin login, List<String> requested) {
		Operation operation = new Operation(caller, login);
		for (boolean derived : new boolean[] { false, true }) {
			for (StoredResource resource : this.resources.all()) {
				if ((resource.derivation() != null) == derived && requested.contains(resource.kind().name())
						&& resource.offeredBy(login.institution())) {
					operation.store(resource, RetrievalShape.historical(resource.kind(), today(caller)));
				}
			}
		}
	}

	/**
	 * A recurrent refresh: transactions from a week before {@code since} (what was pending then has settled), the
	 * other requested resources as they stand, then the derived ones recomputed from them, each stored in its own
	 * transaction with its announcement.
	 */
	@Override
	public void refresh(Caller caller, LinkLogin login, List<String> requested, LocalDate since) {
		Operation operation = new Operation(caller, login);
		LocalDate today = today(caller);
		for (StoredResource resource : this.resources.all()) {
			if (resource.derivation() == null && requested.contains(resource.kind().name())
					&& resource.offeredBy(login.institution())) {
				if (resource.kind() == ResourceKind.TRANSACTIONS) {
					operation.refreshWindow(resource,
							FetchRequest.of(ResourceKind.TRANSACTIONS).between(since.minusDays(7), today));
				}
				else {
					operation.refresh(resource, RetrievalShape.historical(resource.kind(), today));
				}
			}
		}
		for (StoredResource resource : this.resources.all()) {
			if (resource.derivation() != null && requested.contains(resource.kind().name())
					&& resource.offeredBy(login.institution())) {
				operation.recompute(resource, RetrievalShape.historical(resource.kind(), today));
			}
		}
	}

	/** The caller's today: in the sandbox, by its organization's clock. */
	private LocalDate today(Caller caller) {
		return LocalDate.ofInstant(this.clocks.now(caller), this.clock.getZone());
	}

	/**
	 * One retrieval or load through one login. It remembers what it stored (server ids by the institution's
	 * identification, per resource), so a load writes the accounts once rather than again for every resource
	 * that refers to them.
	 */
	private final class Operation {

		private final Caller caller;

		private final Link link;

		private final InstitutionEntry institution;

		private final LinkLogin login;

		/** Microseconds, as PostgreSQL keeps it, so the rendered objects show what the column holds. */
		private final OffsetDateTime collectedAt = OffsetDateTime.now(Retrievals.this.clock)
			.truncatedTo(ChronoUnit.MICROS);

		/** What the institution is asked as of: the caller's clock (record times like collectedAt stay real). */
		private final Instant asOf;

		private final Map<StoredResource, Written> written = new HashMap<>();

		Operation(Caller caller, LinkLogin login) {
			this(caller, login.link(), login.institution(), login);
		}

		Operation(Caller caller, Link link, InstitutionEntry institution, LinkLogin login) {
			this.caller = caller;
			this.link = link;
			this.institution = institution;
			this.login = login;
			this.asOf = Retrievals.this.clocks.now(caller);
		}

		/** Stores the requested items (unless {@code save_data} is false) and answers with them rendered. */
		Retrieved answer(StoredResource resource, RetrievalRequest request, boolean announce) {
			Fetched fetched = fetch(resource, request.fetch());
			List<RawJson> items = Retrievals.this.transaction.execute(status -> {
				if (!request.saveData()) {
					status.setRollbackOnly();
				}
				Rendering.LinkFacts locked = Retrievals.this.store.lockLink(this.caller, this.link.id())
					.orElseThrow(ApiException::notFound);
				Written written = fetched.write(locked, request.narrowedTo());
				if (announce && request.saveData()) {
					Retrievals.this.historicalUpdates.announce(this.caller, this.link, resource);
				}
				return Retrievals.this.store.rendered(resource, this.caller, this.link.id(), written);
			});
			if (announce && !request.saveData()) {
				Retrievals.this.transaction.executeWithoutResult(status -> Retrievals.this.historicalUpdates
					.announceUnsaved(this.caller, this.link, resource, items.size()));
			}
			return new Retrieved(items, request.saveData());
		}

		/** Stores the items in their own transaction, answering nothing. */
		void store(StoredResource resource, FetchRequest fetch) {
			Fetched fetched = fetch(resource, fetch);
			Retrievals.this.transaction.executeWithoutResult(status -> {
				// a link deleted while its history was being fetched keeps nothing
				Retrievals.this.store.lockLink(this.caller, this.link.id()).ifPresent(locked -> {
					fetched.write(locked, null);
					Retrievals.this.historicalUpdates.announce(this.caller, this.link, resource);
				});
			});
		}

		/** Stores what a recurrent refresh fetched, announcing the items it added. */
		void refresh(StoredResource resource, FetchRequest fetch) {
			Fetched fetched = fetch(resource, fetch);
			Retrievals.this.transaction.executeWithoutResult(status -> {
				Retrievals.this.store.lockLink(this.caller, this.link.id())
					.ifPresent(locked -> Retrievals.this.historicalUpdates.announceNew(this.caller, this.link, resource,
							fetched.write(locked, null).inserted()));
			});
		}

		/**
		 * Stores what a recurrent refresh fetched of a window of value dates, comparing it with what the link held
		 * for that window: items new to it, items the bank now gives differently (updated in place) and items the
		 * bank no longer gives (deleted), each announced.
		 */
		void refreshWindow(StoredResource resource, FetchRequest fetch) {
			reconcile(resource, fetch,
					() -> Retrievals.this.store.identities(resource, this.caller, this.link.id(), fetch.from(),
							fetch.to()));
		}

		/**
		 * Recomputes a derived resource (incomes, recurring expenses, risk insights) from what the refresh stored,
		 * replacing all the link held of it: new, changed and vanished items (a stream that ended) announced.
		 */
		void recompute(StoredResource resource, FetchRequest fetch) {
			reconcile(resource, fetch, () -> Retrievals.this.store.identities(resource, this.caller, this.link.id()));
		}

		/**
		 * Compares what the link held ({@code stored}, read under the link's lock) with what the write stored:
		 * whether an item's document changed is the write's own answer, so nothing is read twice.
		 */
		private void reconcile(StoredResource resource, FetchRequest fetch, Supplier<Map<String, UUID>> stored) {
			Fetched fetched = fetch(resource, fetch);
			DocumentStore store = Retrievals.this.store;
			Retrievals.this.transaction.executeWithoutResult(status -> {
				Rendering.LinkFacts locked = store.lockLink(this.caller, this.link.id()).orElse(null);
				if (locked == null) {
					return;
				}
				UUID link = this.link.id();
				Map<String, UUID> before = stored.get();
				Map<String, Written.Item> written = fetched.write(locked, null).items();
				long added = written.keySet().stream().filter(key -> !before.containsKey(key)).count();
				List<UUID> updated = new ArrayList<>();
				List<UUID> deleted = new ArrayList<>();
				before.forEach((identification, id) -> {
					Written.Item item = written.get(identification);
					if (item == null) {
						deleted.add(id);
					}
					else if (item.changed()) {
						updated.add(id);
					}
				});
				if (!deleted.isEmpty()) {
					store.deleteAll(resource, this.caller, link, deleted);
				}
				HistoricalUpdates updates = Retrievals.this.historicalUpdates;
				updates.announceNew(this.caller, this.link, resource, added);
				updates.announceChanged(this.caller, this.link, resource, "updated", updated);
				updates.announceChanged(this.caller, this.link, resource, "deleted", deleted);
			});
		}

		/**
		 * Fetches one resource, after the resource its items belong to (with the same request) unless this
		 * operation wrote that already: outside any transaction, as an institution can take seconds. A derivation
		 * runs when its items are written, under the link's lock: nothing lands between its reading and writing.
		 */
		private Fetched fetch(StoredResource resource, FetchRequest asked) {
			if (!resource.offeredBy(this.institution)) {
				throw ApiException.unsupportedOperation();
			}
			FetchRequest fetch = asked.asOf(this.asOf);
			StoredResource target = Retrievals.this.resources.targetOf(resource);
			boolean fetchTarget = target != null && this.login != null && !this.written.containsKey(target);
			List<ObjectNode> targetDocuments = fetchTarget
					? this.login.connector().fetch(this.login.session(), fetch.forResource(target.kind())) : null;
			List<ObjectNode> fetched = resource.derivation() == null ? documents(resource, fetch) : null;
			return new Fetched(resource, target, targetDocuments,
					fetched != null ? () -> fetched : () -> documents(resource, fetch));
		}

		/** What one fetch brought back, written in one transaction: the referenced items first. */
		private final class Fetched {

			private final StoredResource resource;

			private final StoredResource target;

			private final List<ObjectNode> targetDocuments;

			private final Supplier<List<ObjectNode>> documents;

			Fetched(StoredResource resource, StoredResource target, List<ObjectNode> targetDocuments,
					Supplier<List<ObjectNode>> documents) {
				this.resource = resource;
				this.target = target;
				this.targetDocuments = targetDocuments;
				this.documents = documents;
			}

			/**
			 * Writes the items ({@code narrowedTo}: only those of this referenced item) under the link's lock
			 * ({@code locked}: the link as it stands).
			 */
			Written write(Rendering.LinkFacts locked, UUID narrowedTo) {
				Written target = this.target == null ? null : target(locked);
				if (narrowedTo != null && !target.containsId(narrowedTo)) {
					throw ApiException.doesNotExist(this.resource.shape().narrowingKey(), "id", narrowedTo);
				}
				List<ObjectNode> selected = this.documents.get();
				if (narrowedTo != null) {
					String field = this.resource.reference().field();
					selected = selected.stream().filter(d -> {
						Written.Item item = target.items().get(d.path(field).asString(null));
						return item != null && narrowedTo.equals(item.id());
					}).toList();
				}
				Written written = upsert(this.resource, locked, selected, target);
				if (narrowedTo == null) {
					Operation.this.written.put(this.resource, written);
				}
				return written;
			}

			/** The referenced items: just fetched, written earlier in this operation, or (derived) as stored. */
			private Written target(Rendering.LinkFacts locked) {
				if (this.targetDocuments != null) {
					Written written = upsert(this.target, locked, this.targetDocuments, null);
					Operation.this.written.put(this.target, written);
					return written;
				}
				Written written = Operation.this.written.get(this.target);
				return written != null ? written
						: Retrievals.this.store.stored(this.target, Operation.this.caller, Operation.this.link.id());
			}

		}

		private List<ObjectNode> storedDocuments(StoredResource resource) {
			return Retrievals.this.store.documents(resource, Retrievals.this.resources.targetOf(resource), this.caller,
					this.link.id());
		}

		private Written upsert(StoredResource resource, Rendering.LinkFacts locked, List<ObjectNode> documents,
				Written target) {
			return Retrievals.this.store.upsert(resource,
					new DocumentStore.Destination(this.caller, locked, this.collectedAt, target), documents);
		}

		private List<ObjectNode> documents(StoredResource resource, FetchRequest fetch) {
			if (resource.derivation() != null) {
				return resource.derivation()
					.derive(name -> storedDocuments(Retrievals.this.resources.named(name)), fetch);
			}
			List<ObjectNode> fetched = this.login.connector().fetch(this.login.session(), fetch);
			resource.enrich(fetched, this.institution.country());
			return fetched;
		}

	}

}
