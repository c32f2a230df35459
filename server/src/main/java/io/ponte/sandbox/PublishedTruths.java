package io.ponte.sandbox;

import io.ponte.api.Caller;
import io.ponte.connectors.Credentials;
import io.ponte.connectors.sandbox.SandboxConnector;
import io.ponte.connectors.sandbox.SandboxTruth;
import io.ponte.links.LinkLogins;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Publishes the sandbox's truth for a link: asks the sandbox what it planted for the link's end user, then
 * speaks in API ids. The truth covers the person's whole history while the server keeps only what was retrieved,
 * so anything the link did not store is left out, and a stream left with no transactions goes with it.
 */
@Service
class PublishedTruths {

	private final LinkLogins logins;

	private final SandboxConnector sandbox;

	private final JdbcClient jdbc;

	private final SandboxClocks clocks;

	PublishedTruths(LinkLogins logins, SandboxConnector sandbox, JdbcClient jdbc, SandboxClocks clocks) {
		this.logins = logins;
		this.sandbox = sandbox;
		this.jdbc = jdbc;
		this.clocks = clocks;
	}

	PublishedTruth of(Caller caller, UUID link) {
		Credentials credentials = this.logins.storedCredentials(caller, link, this.sandbox);
		Instant now = this.clocks.now(caller);
		SandboxTruth truth = this.sandbox.truth(credentials, now);
		Map<String, UUID> accounts = storedIds("accounts", caller, link);
		Map<String, UUID> transactions = storedIds("transactions", caller, link);
		Map<UUID, List<String>> categories = new LinkedHashMap<>();
		truth.categories().forEach((id, category) -> {
			UUID stored = transactions.get(id);
			if (stored != null) {
				categories.put(stored, Arrays.asList(category.category(), category.subcategory()));
			}
		});
		return new PublishedTruth(link, now, streams(truth.incomes(), accounts, transactions),
				streams(truth.recurringExpenses(), accounts, transactions),
				stored(truth.internalTransfers(), transactions), categories,
				streams(truth.decoys(), accounts, transactions));
	}

	private static List<PublishedTruth.Stream> streams(List<SandboxTruth.Stream> streams, Map<String, UUID> accounts,
			Map<String, UUID> transactions) {
		List<PublishedTruth.Stream> published = new ArrayList<>();
		for (SandboxTruth.Stream stream : streams) {
			List<UUID> stored = stored(stream.transactions(), transactions);
			UUID account = accounts.get(stream.account());
			if (!stored.isEmpty() && account != null) {
				published.add(new PublishedTruth.Stream(account, stream.name(), stream.type(), stream.frequency(),
						stream.amount(), stream.startDate(), stream.endDate(), stored, stream.kind()));
			}
		}
		return published;
	}

	private static List<UUID> stored(List<String> internalIds, Map<String, UUID> ids) {
		return internalIds.stream().map(ids::get).filter(Objects::nonNull).toList();
	}

	/** The API id of each item of {@code table} the link stored, by the institution's identification. */
	private Map<String, UUID> storedIds(String table, Caller caller, UUID link) {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc
			.sql("select internal_identification, id from " + table + " where " + Caller.SCOPE
					+ " and link_id = :link_id")
			.params(caller.scopeParameters())
			.param("link_id", link)
			.query(rs -> {
				ids.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return ids;
	}

}
