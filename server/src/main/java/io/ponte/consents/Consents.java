package io.ponte.consents;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.ponte.api.ApiException;
import io.ponte.api.Caller;
import io.ponte.api.Timestamps;
import io.ponte.links.LinkStatus;
import io.ponte.links.Links;
import io.ponte.sandbox.SandboxClockListener;
import io.ponte.sandbox.SandboxClocks;
import io.ponte.webhooks.WebhookEvent;
import io.ponte.webhooks.Webhooks;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Open Finance Brasil data consents. A link made through the hosted widget at an Open Finance institution is
 * granted by a consent: {@code AUTHORISED} for the duration the widget token asked (92, 183, 275 or 366 days, by
 * the organization's clock), with the permissions of the groups it asked. It ends {@code EXPIRED} when its time
 * is up, or {@code REJECTED} when the person revokes it (the link is then invalid). A week before it expires the
 * {@code CONSENT openfinance_consent_about_to_expire} webhook says so, once.
 */
@Service
public class Consents implements SandboxClockListener {

	/** The groups a widget token may ask for, and the Open Finance Brasil permissions each grants. */
	static final Map<String, List<String>> GROUPS = Map.of(
			"REGISTER", List.of("CUSTOMERS_PERSONAL_IDENTIFICATIONS_READ", "CUSTOMERS_PERSONAL_ADITTIONALINFO_READ"),
			"ACCOUNTS", List.of("ACCOUNTS_READ", "ACCOUNTS_BALANCES_READ", "ACCOUNTS_TRANSACTIONS_READ",
					"ACCOUNTS_OVERDRAFT_LIMITS_READ"),
			"CREDIT_CARDS", List.of("CREDIT_CARDS_ACCOUNTS_READ", "CREDIT_CARDS_ACCOUNTS_LIMITS_READ",
					"CREDIT_CARDS_ACCOUNTS_TRANSACTIONS_READ", "CREDIT_CARDS_ACCOUNTS_BILLS_READ",
					"CREDIT_CARDS_ACCOUNTS_BILLS_TRANSACTIONS_READ"),
			"CREDIT_OPERATIONS", List.of("LOANS_READ", "LOANS_WARRANTIES_READ", "LOANS_SCHEDULED_INSTALMENTS_READ",
					"LOANS_PAYMENTS_READ", "FINANCINGS_READ", "FINANCINGS_WARRANTIES_READ",
					"FINANCINGS_SCHEDULED_INSTALMENTS_READ", "FINANCINGS_PAYMENTS_READ",
					"UNARRANGED_ACCOUNTS_OVERDRAFT_READ", "UNARRANGED_ACCOUNTS_OVERDRAFT_WARRANTIES_READ",
					"UNARRANGED_ACCOUNTS_OVERDRAFT_SCHEDULED_INSTALMENTS_READ",
					"UNARRANGED_ACCOUNTS_OVERDRAFT_PAYMENTS_READ", "INVOICE_FINANCINGS_READ",
					"INVOICE_FINANCINGS_WARRANTIES_READ", "INVOICE_FINANCINGS_SCHEDULED_INSTALMENTS_READ",
					"INVOICE_FINANCINGS_PAYMENTS_READ"),
			"INVESTMENTS", List.of("BANK_FIXED_INCOMES_READ", "CREDIT_FIXED_INCOMES_READ", "FUNDS_READ",
					"VARIABLE_INCOMES_READ", "TREASURE_TITLES_READ"));

	/** What a widget token that names no groups is granted. */
	private static final List<String> DEFAULT_GROUPS = List.of("REGISTER", "ACCOUNTS", "CREDIT_CARDS",
			"CREDIT_OPERATIONS");

	private static final Set<Integer> DURATIONS = Set.of(92, 183, 275, 366);

	private static final int DEFAULT_DURATION = 366;

	/** How long before its expiry a consent is announced as about to expire. */
	static final Duration NOTICE = Duration.ofDays(7);

	private final ConsentDao consents;

	private final Links links;

	private final Webhooks webhooks;

	private final SandboxClocks clocks;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Consents(ConsentDao consents, Links links, Webhooks webhooks, SandboxClocks clocks,
			TransactionTemplate transaction, Clock clock) {
		this.consents = consents;
		this.links = links;
		this.webhooks = webhooks;
		this.clocks = clocks;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Records the consent behind a link just made through the widget: {@code settings} is the widget token's
	 * {@code widget.consent} (permissions, default_consent_duration_days, identification_info), or missing.
	 */
	public Consent grant(Caller caller, UUID link, String institution, String document, JsonNode settings) {
		Map<String, List<String>> permissions = new LinkedHashMap<>();
		List<String> groups = new ArrayList<>();
		settings.path("permissions").forEach(group -> groups.add(group.asString("")));
		for (String group : groups.isEmpty() ? DEFAULT_GROUPS : groups) {
			if (GROUPS.containsKey(group)) {
				permissions.put(group, GROUPS.get(group));
			}
		}
		permissions.put("RESOURCES", List.of("RESOURCES_READ"));
		int asked = settings.path("default_consent_duration_days").asInt(DEFAULT_DURATION);
		int duration = DURATIONS.contains(asked) ? asked : DEFAULT_DURATION;
		String userName = null;
		for (JsonNode person : settings.path("identification_info")) {
			if (person.path("name").isString()) {
				userName = person.path("name").asString();
			}
		}
		OffsetDateTime now = Timestamps.now(this.clock);
		OffsetDateTime expires = this.clocks.now(caller).plus(Duration.ofDays(duration)).atOffset(ZoneOffset.UTC);
		UUID id = UUID.randomUUID();
		this.consents.insert(caller, id, link, institution, document, userName, userName, permissions, duration,
				expires, now);
		return detail(caller, id);
	}

	public Consent detail(Caller caller, UUID id) {
		return this.consents.find(caller, id).orElseThrow(ApiException::notFound).view();
	}

	/** The person's consents with the caller's organization, newest first. */
	public List<Consent> ofDocument(Caller caller, String document) {
		return this.consents.ofDocument(caller, document).stream().map(ConsentDao.Row::view).toList();
	}

	/**
	 * The person revokes a consent: it ends {@code REJECTED} and its link is invalid (no more data flows). A
	 * consent that is not authorised any more is a 400 naming its status.
	 */
	public Consent revoke(Caller caller, UUID id) {
		ConsentDao.Row consent = this.consents.find(caller, id).orElseThrow(ApiException::notFound);
		this.transaction.executeWithoutResult(tx -> {
			if (!this.consents.revoke(caller.organizationId(), id, Timestamps.now(this.clock))) {
				throw ApiException.invalidState("consent", consent.status(), "only an authorised consent can be revoked.");
			}
			this.links.resetLogin(caller, consent.linkId(), LinkStatus.INVALID);
		});
		return detail(caller, id);
	}

	@Bean
	RecurringTask<Void> consentSweepTask() {
		return Tasks.recurring("consent-sweep", FixedDelay.ofMinutes(1)).execute((instance, context) -> sweep());
	}

	@Override
	public void clockMoved() {
		sweep();
	}

	/** Expires the consents whose time is up and announces those a week from it; returns how many of each. */
	int sweep() {
		OffsetDateTime now = Timestamps.now(this.clock);
		int done = this.consents.expireDue(now);
		for (ConsentDao.Row consent : this.consents.expiringWithin(now, NOTICE)) {
			this.transaction.executeWithoutResult(tx -> {
				this.consents.markAnnounced(consent.organizationId(), consent.id(), now);
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("consent_id", consent.id().toString());
				data.put("consent_due_date", consent.expiredAt().toString());
				data.put("institution", consent.institution());
				this.webhooks.publish(consent.organizationId(), consent.environment(), new WebhookEvent("CONSENT",
						"openfinance_consent_about_to_expire", null, consent.linkId(), null, null, data));
			});
			done++;
		}
		return done;
	}

}
