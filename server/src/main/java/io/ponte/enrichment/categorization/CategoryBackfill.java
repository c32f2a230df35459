package io.ponte.enrichment.categorization;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.ponte.api.Caller;
import io.ponte.api.Environment;
import io.ponte.resources.StoredResource;
import io.ponte.resources.StoredResources;
import io.ponte.resources.StoredRewrites;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Categorizes the transactions stored before Ponte categorized them (their category is null), as a durable
 * background job queued at every start: one instance runs it while requests are served, and a crash midway leaves
 * it to be revived. It works a link at a time, as a retrieval does (the categorizer reads a link's history of
 * transfers), each link in its own short transaction; only rows still without a category are rewritten, with their
 * rendering (through the write a retrieval uses), so a concurrent retrieval wins and running it again changes nothing. With nothing left it is one
 * query on an index that is empty.
 */
@Component
@Profile("!cli")
class CategoryBackfill {

	static final String TASK_NAME = "categorize-stored-transactions";

	/** Links looked up per query. */
	static final int LINKS = 100;

	private static final String UNCATEGORIZED = "coalesce(document -> 'category', 'null'::jsonb) = 'null'::jsonb";

	private static final Logger log = LoggerFactory.getLogger(CategoryBackfill.class);

	private final TransactionCategorizer categorizer;

	private final JdbcClient jdbc;

	private final StoredRewrites rewrites;

	private final StoredResource transactions;

	private final TransactionTemplate transaction;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final Clock clock;

	private final boolean enabled;

	CategoryBackfill(TransactionCategorizer categorizer, JdbcClient jdbc, StoredRewrites rewrites,
			StoredResources resources,
			TransactionTemplate transaction, ObjectProvider<SchedulerClient> scheduler, Clock clock,
			@Value("${ponte.categorize-stored-on-start:true}") boolean enabled) {
		this.categorizer = categorizer;
		this.jdbc = jdbc;
		this.rewrites = rewrites;
		this.transactions = resources.named("transactions");
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Bean
	OneTimeTask<Void> categoryBackfillTask() {
		return Tasks.oneTime(TASK_NAME).execute((instance, context) -> run());
	}

	@EventListener(ApplicationReadyEvent.class)
	void queue() {
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (this.enabled && client != null) {
			client.scheduleIfNotExists(categoryBackfillTask().instance("on-start"), this.clock.instant());
		}
	}

	/** A link with uncategorized transactions. */
	private record Link(UUID organization, UUID id) {
	}

	/** Categorizes every stored transaction without a category; returns how many rows it wrote. */
	int run() {
		int written = 0;
		Set<Link> done = new HashSet<>();
		while (true) {
			List<Link> links = this.jdbc
				.sql("select distinct organization_id, link_id from transactions where " + UNCATEGORIZED
						+ " limit " + LINKS)
				.query((rs, row) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
				.list();
			links = links.stream().filter(done::add).toList();
			if (links.isEmpty()) {
				break;
			}
			for (Link link : links) {
				Integer rows = this.transaction.execute(status -> categorize(link));
				written += rows == null ? 0 : rows;
			}
		}
		if (written > 0) {
			log.info("Categorized {} stored transactions of {} links that had no category", written, done.size());
		}
		return written;
	}

	/** One link's history categorized together; only the rows still without a category written. */
	private int categorize(Link link) {
		Scope scope = this.jdbc
			.sql("select l.environment, i.country_codes[1] from links l join institutions i on i.id = l.institution_id"
					+ " where l.organization_id = :organization and l.id = :link")
			.param("organization", link.organization())
			.param("link", link.id())
			.query((rs, row) -> new Scope(rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(null);
		if (scope == null || scope.country() == null) {
			return 0;
		}
		Caller caller = new Caller(link.organization(), null, Environment.of(scope.environment()));
		return this.rewrites.rewrite(this.transactions, caller, link.id(), documents -> {
			List<ObjectNode> missing = documents.stream().filter(CategoryBackfill::uncategorized).toList();
			if (!missing.isEmpty()) {
				this.categorizer.enrich(documents, scope.country());
			}
			return missing;
		});
	}

	private record Scope(String environment, String country) {
	}

	private static boolean uncategorized(ObjectNode transaction) {
		return transaction.path("category").isNull() || transaction.path("category").isMissingNode();
	}

}
