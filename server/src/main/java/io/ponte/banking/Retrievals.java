package io.ponte.banking;

import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.JsonBody;
import io.ponte.api.RawJson;
import io.ponte.connectors.ResourceKind;
import io.ponte.links.HistoricalLoader;
import io.ponte.links.Links;
import io.ponte.links.Links.LinkLogin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST} (retrieve) and {@code PATCH} (resume after MFA) on any stored resource: log in with the link,
 * fetch from the institution, store the items in one transaction, and answer with them rendered as the list
 * endpoint shows them. With {@code save_data=false} the same happens inside a transaction that is rolled back.
 */
@Service
class Retrievals implements HistoricalLoader {

	/** The longest window one retrieval may ask for. */
	static final int MAX_DAYS = 731;

	private final Links links;

	private final DocumentStore store;

	private final BankingResources resources;

	private final TransactionTemplate transaction;

	Retrievals(Links links, DocumentStore store, BankingResources resources, TransactionTemplate transaction) {
		this.links = links;
		this.store = store;
		this.resources = resources;
		this.transaction = transaction;
	}

	/** The items, and whether they were kept (201) or only shown (200). */
	record Retrieved(List<RawJson> items, boolean saved) {
	}

	Retrieved retrieve(Caller caller, StoredResource resource, JsonNode request) {
		JsonBody body = JsonBody.of(request);
		UUID linkId = body.requiredUuid("link");
		Window window = window(resource, body);
		String token = body.optionalString("token");
		body.optionalBoolean("save_data", true);
		UUID account = resource.accountParameter() != null ? body.optionalUuid(resource.accountParameter()) : null;
		LinkLogin login = this.links.login(caller, linkId, token, "retrieve", request);
		return fetchAndStore(caller, resource, login, window, account, body.optionalBoolean("save_data", true),
				new HashMap<>(), true);
	}

	Retrieved resume(Caller caller, StoredResource resource, JsonNode request) {
		JsonBody body = JsonBody.of(request);
		String session = body.requiredString("session");
		UUID linkId = body.requiredUuid("link");
		String token = body.optionalString("token");
		LinkLogin login = this.links.resumeLogin(caller, linkId, session, token);
		JsonBody original = JsonBody.of(login.request());
		UUID account = resource.accountParameter() != null ? original.optionalUuid(resource.accountParameter())
				: null;
		boolean saveData = body.has("save_data") ? body.optionalBoolean("save_data", true)
				: original.optionalBoolean("save_data", true);
		return fetchAndStore(caller, resource, login, window(resource, original), account, saveData, new HashMap<>(),
				true);
	}

	/**
	 * Fetches and stores one resource, after the resource its items refer to. {@code written} holds what this
	 * operation already stored (by resource, server ids by institution identification), so a historical load
	 * writes the accounts once rather than again for every resource that refers to them.
	 */
	private Retrieved fetchAndStore(Caller caller, StoredResource resource, LinkLogin login, Window window,
			UUID account, boolean save, Map<StoredResource, Map<String, UUID>> written, boolean respond) {
		if (!login.institution().supports(resource.kind().name())) {
			throw ApiException.unsupportedOperation();
		}
		UUID linkId = login.link().id();
		StoredResource.Reference reference = resource.reference();
		boolean referenceWritten = reference == null || written.containsKey(reference.target());
		List<ObjectNode> referenced = referenceWritten ? List.of()
				: login.connector().fetch(login.session(), reference.target().kind(), window.from(), window.to());
		List<ObjectNode> documents = login.connector()
			.fetch(login.session(), resource.kind(), window.from(), window.to());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<RawJson> items = this.transaction.execute(status -> {
			if (!save) {
				status.setRollbackOnly();
			}
			Map<String, UUID> referenceIds = reference == null ? Map.of()
					: referenceWritten ? written.get(reference.target())
							: this.store.upsert(caller, linkId, reference.target(), referenced, now, Map.of());
			if (!referenceWritten) {
				written.put(reference.target(), referenceIds);
			}
			if (account != null && !referenceIds.containsValue(account)) {
				throw ApiException.doesNotExist(resource.accountParameter(), "id", account);
			}
			List<ObjectNode> selected = account == null ? documents : documents.stream()
				.filter(d -> account.equals(referenceIds.get(d.path(reference.field()).asString(null))))
				.toList();
			Map<String, UUID> ids = this.store.upsert(caller, linkId, resource, selected, now, referenceIds);
			if (account == null) {
				written.put(resource, ids);
			}
			return respond ? this.store.render(caller, resource, linkId, ids.values()) : List.<RawJson>of();
		});
		return new Retrieved(items, save);
	}

	/** The historical window a link's load covers: the last year, as Belvo's historical update does. */
	static final int HISTORY_DAYS = 365;

	/**
	 * Stores every requested resource this server keeps (others, such as enrichment, are computed on their own
	 * endpoints), each in its own transaction, over the last {@link #HISTORY_DAYS} days.
	 */
	@Override
	public void load(Caller caller, LinkLogin login, List<String> resources) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Window window = new Window(today.minusDays(HISTORY_DAYS - 1), today);
		Map<StoredResource, Map<String, UUID>> written = new HashMap<>();
		for (StoredResource resource : this.resources.all()) {
			if (resources.contains(resource.kind().name()) && login.institution().supports(resource.kind().name())) {
				fetchAndStore(caller, resource, login, window, null, true, written, false);
			}
		}
	}

	private record Window(LocalDate from, LocalDate to) {
	}

	/** The date window of a retrieval, as the spec's 400s describe it. */
	private static Window window(StoredResource resource, JsonBody body) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		if (resource.dates() == StoredResource.DateWindow.NONE) {
			return new Window(today.minusDays(MAX_DAYS - 1), today);
		}
		LocalDate from = resource.dates() == StoredResource.DateWindow.REQUIRED ? body.requiredDate("date_from")
				: body.optionalDate("date_from");
		LocalDate to = resource.dates() == StoredResource.DateWindow.REQUIRED ? body.requiredDate("date_to")
				: body.optionalDate("date_to");
		to = to != null ? to : today;
		from = from != null ? from : to.minusDays(364);
		if (to.isAfter(today)) {
			throw ApiException.invalid("date_to", "invalid", "date_to cannot be in the future.");
		}
		if (to.isBefore(from)) {
			throw ApiException.invalid("date_to", "invalid", "date_to cannot be before date_from.");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw ApiException.invalid("date_from", "invalid",
					"The period between date_from and date_to cannot be longer than " + MAX_DAYS + " days.");
		}
		return new Window(from, to);
	}

}
