package io.ponte.resources;

import io.ponte.api.Caller;
import io.ponte.connectors.ResourceKind;
import io.ponte.links.Link;
import io.ponte.webhooks.WebhookEvent;
import io.ponte.webhooks.Webhooks;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces what a link's data became, in the transaction that stored it: a resource's loaded history
 * ({@code <TYPE> historical_update}) with Belvo's counts, {@code total_<resource>} of what the link now holds (what
 * its list returns) and for transactions the inflows, outflows and first and last value dates; what a recurrent
 * refresh added ({@code new_<resource>_available}); and an asynchronous retrieval that failed.
 */
@Component
public class HistoricalUpdates {

	private final JdbcClient jdbc;

	private final Webhooks webhooks;

	private final StoredResources resources;

	HistoricalUpdates(JdbcClient jdbc, Webhooks webhooks, StoredResources resources) {
		this.jdbc = jdbc;
		this.webhooks = webhooks;
		this.resources = resources;
	}

	/**
	 * The data of a {@code historical_update} of {@code type} for the link as it stands (the sandbox fires it on
	 * demand); empty when no stored resource has that type.
	 */
	public Optional<Map<String, Object>> historicalData(Caller caller, Link link, String type) {
		return this.resources.all()
			.stream()
			.filter(r -> r.derivation() == null && r.kind().name().equals(type))
			.findFirst()
			.map(resource -> totals(caller, link, resource));
	}

	void announce(Caller caller, Link link, StoredResource resource) {
		this.webhooks.publish(caller.organizationId(), caller.environment(), WebhookEvent.historicalUpdate(
				resource.kind().name(), link.id(), link.externalId(), MDC.get("request_id"),
				totals(caller, link, resource)));
	}

	/** A retrieval that kept nothing ({@code save_data=false}) announces how many items it retrieved. */
	void announceUnsaved(Caller caller, Link link, StoredResource resource, int retrieved) {
		this.webhooks.publish(caller.organizationId(), caller.environment(), WebhookEvent.historicalUpdate(
				resource.kind().name(), link.id(), link.externalId(), MDC.get("request_id"),
				Map.of(total(resource), retrieved)));
	}

	/** A retrieval that failed: Belvo's error fields, under the resource's type and the code {@code error}. */
	void announceFailure(Caller caller, Link link, StoredResource resource, String code, String message,
			int status) {
		this.webhooks.publish(caller.organizationId(), caller.environment(), WebhookEvent.failure(
				resource.kind().name(), link.id(), link.externalId(), MDC.get("request_id"), code, message, status));
	}

	/** A recurrent refresh stored {@code added} more items of {@code resource}: {@code new_<resource>_available}. */
	void announceNew(Caller caller, Link link, StoredResource resource, long added) {
		if (added <= 0) {
			return;
		}
		String name = resource.kind().name().toLowerCase(Locale.ROOT);
		this.webhooks.publish(caller.organizationId(), caller.environment(), WebhookEvent.recurrentUpdate(
				resource.kind().name(), "new_" + name + "_available", link.id(), link.externalId(),
				MDC.get("request_id"), Map.of("new_" + name, added)));
	}

	/**
	 * A recurrent refresh found stored items changed at the bank ({@code <resource>_updated}, such as a pending
	 * purchase that settled) or gone from it ({@code <resource>_deleted}, such as a reversed authorization): their
	 * ids, under the resource's name. Ponte's shape; Belvo documents the codes, not their data.
	 */
	void announceChanged(Caller caller, Link link, StoredResource resource, String change, List<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		String name = resource.kind().name().toLowerCase(Locale.ROOT);
		this.webhooks.publish(caller.organizationId(), caller.environment(), WebhookEvent.recurrentUpdate(
				resource.kind().name(), name + "_" + change, link.id(), link.externalId(), MDC.get("request_id"),
				Map.of(name, ids.stream().map(UUID::toString).sorted().toList())));
	}

	private Map<String, Object> totals(Caller caller, Link link, StoredResource resource) {
		return resource.kind() == ResourceKind.TRANSACTIONS ? transactions(caller, link)
				: Map.of(total(resource), count(caller, link, resource));
	}

	private static String total(StoredResource resource) {
		return "total_" + resource.kind().name().toLowerCase(Locale.ROOT);
	}

	private long count(Caller caller, Link link, StoredResource resource) {
		return this.jdbc.sql("select count(*) from " + resource.table() + " where organization_id = :organization "
				+ "and link_id = :link")
			.param("organization", caller.organizationId())
			.param("link", link.id())
			.query(Long.class)
			.single();
	}

	private Map<String, Object> transactions(Caller caller, Link link) {
		return this.jdbc.sql("""
				select count(*), count(*) filter (where type = 'INFLOW'), count(*) filter (where type = 'OUTFLOW'),
				       min(value_date), max(value_date)
				from transactions where organization_id = :organization and link_id = :link""")
			.param("organization", caller.organizationId())
			.param("link", link.id())
			.query((rs, row) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("total_transactions", rs.getLong(1));
				data.put("total_inflow_transactions", rs.getLong(2));
				data.put("total_outflow_transactions", rs.getLong(3));
				LocalDate first = rs.getObject(4, LocalDate.class);
				LocalDate last = rs.getObject(5, LocalDate.class);
				data.put("first_transaction_date", first == null ? null : first.toString());
				data.put("last_transaction_date", last == null ? null : last.toString());
				return data;
			})
			.single();
	}

}
