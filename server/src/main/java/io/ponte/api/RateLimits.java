package io.ponte.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.proxy.optimization.skiponzero.SkipSyncOnZeroOptimization;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The API's rate limits: a token bucket per organization, per API key and, for failed authentication, per client
 * address, each holding its policy's quota for one window. Buckets live in PostgreSQL (Bucket4j's proxy manager
 * on {@code rate_limit_buckets}), so every instance spends from the same budget.
 *
 * <p>A bucket's row is locked with {@code select ... for update} rather than an advisory lock: three round trips
 * per request instead of four, the lock covers only that row, and no hash of the key can collide with another
 * bucket's or with the server's own advisory locks. Each instance keeps a proxy per recently used bucket with
 * Bucket4j's skip-on-zero optimization: concurrent requests for one bucket go to the database as one batch, and
 * once a bucket is empty the instance refuses locally until the window resets, since only time refills it. Both
 * are exact: no instance ever spends a token the database does not have. Large quotas trade that exactness for
 * speed within a stated bound ({@link #optimization}).
 *
 * <p>The limits protect the service; they must not take it down. If the bucket store fails, the request goes on
 * unlimited and a warning is logged.
 */
@Component
class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/** Expired buckets deleted per statement by the purge. */
	private static final int PURGE_BATCH = 1_000;

	/** Tries of an operation whose bucket is reported missing while concurrent first requests create it. */
	private static final int MISSING_BUCKET_ATTEMPTS = 5;

	private static final Optimization SKIP_SYNC_ON_ZERO = new SkipSyncOnZeroOptimization(
			NopeOptimizationListener.INSTANCE, TimeMeter.SYSTEM_MILLISECONDS);

	/** The share of a quota an instance may spend before telling the database, and how long it may wait to. */
	private static final int UNSYNCED_SHARE = 100;

	private static final Duration UNSYNCED_FOR = Duration.ofMillis(500);

	private final Policy organization;

	private final Policy key;

	private final Policy failedAuthentication;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final Cache<String, BucketProxy> proxies;

	/** Buckets this instance knows to be empty, to the {@link System#nanoTime()} of their next request. */
	private final Cache<String, Long> emptyUntil;

	RateLimits(DataSource dataSource, @Value("${ponte.rate-limits.organization:6000}") long organization,
			@Value("${ponte.rate-limits.key:3000}") long key,
			@Value("${ponte.rate-limits.failed-authentication:60}") long failedAuthentication,
			@Value("${ponte.rate-limits.window:60s}") Duration window) {
		if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.toNanos() % 1_000_000_000L != 0) {
			throw new IllegalArgumentException("ponte.rate-limits.window must be a whole number of seconds");
		}
		this.organization = new Policy("organization", organization, window);
		this.key = new Policy("key", key, window);
		this.failedAuthentication = new Policy("failed-authentication", failedAuthentication, window);
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			// a bucket that has been full for a window is the same as no bucket: the purge may delete it
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(window))
			.requestTimeout(Duration.ofSeconds(5))
			.build();
		// a proxy is only a key and this instance's knowledge of the bucket: an evicted one is rebuilt as needed
		this.proxies = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
		// an entry forgotten early only costs one look at the database
		this.emptyUntil = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window).build();
	}

	Policy organization() {
		return this.organization;
	}

	Policy key() {
		return this.key;
	}

	Policy failedAuthentication() {
		return this.failedAuthentication;
	}

	/**
	 * Spends one request from the subject's bucket under {@code policy}, if it has one left. Empty when the policy is
	 * off (a quota of 0) or the bucket store failed: the request is not limited.
	 */
	Optional<Usage> consume(Policy policy, String subject) {
		if (!policy.enabled()) {
			return Optional.empty();
		}
		try {
			ConsumptionProbe probe = onBucket(policy, subject, bucket -> bucket.tryConsumeAndReturnRemaining(1));
			long nanos = probe.isConsumed() ? probe.getNanosToWaitForReset()
					: Math.max(probe.getNanosToWaitForRefill(), probe.getNanosToWaitForReset());
			return Optional.of(new Usage(policy, probe.isConsumed(), probe.getRemainingTokens(), seconds(nanos)));
		}
		catch (RuntimeException ex) {
			return failed(policy, ex);
		}
	}

	/**
	 * Whether the subject has a request left under {@code policy}, spending nothing: the gate before a check whose
	 * failure {@link #charge} counts. Refused from this instance's memory, without the database, while an earlier
	 * answer says the bucket is empty: only time refills a bucket, so that answer stays true until then.
	 */
	Optional<Usage> admit(Policy policy, String subject) {
		if (!policy.enabled()) {
			return Optional.empty();
		}
		String id = id(policy, subject);
		Long until = this.emptyUntil.getIfPresent(id);
		long now = System.nanoTime();
		if (until != null && until - now > 0) {
			return Optional.of(new Usage(policy, false, 0, seconds(until - now)));
		}
		try {
			EstimationProbe probe = onBucket(policy, subject, bucket -> bucket.estimateAbilityToConsume(1));
			if (!probe.canBeConsumed()) {
				this.emptyUntil.put(id, now + probe.getNanosToWaitForRefill());
			}
			return Optional.of(new Usage(policy, probe.canBeConsumed(), probe.getRemainingTokens(),
					seconds(probe.getNanosToWaitForRefill())));
		}
		catch (RuntimeException ex) {
			return failed(policy, ex);
		}
	}

	/**
	 * Counts one failure against the subject under {@code policy}, even past its quota: failures that passed
	 * {@link #admit} at the same moment are all counted, and a bucket in debt stays empty for as many windows as it
	 * takes to pay it back.
	 */
	Optional<Usage> charge(Policy policy, String subject) {
		if (!policy.enabled()) {
			return Optional.empty();
		}
		String id = id(policy, subject);
		try {
			VerboseResult<Long> result = onBucket(policy, subject,
					bucket -> bucket.asVerbose().consumeIgnoringRateLimits(1));
			long available = result.getState().getAvailableTokens();
			if (available > 0) {
				return Optional.of(new Usage(policy, true, available,
						seconds(result.getDiagnostics().calculateFullRefillingTime())));
			}
			long untilNext = result.getState()
				.calculateDelayNanosAfterWillBePossibleToConsume(1, result.getOperationTimeNanos(), false);
			this.emptyUntil.put(id, System.nanoTime() + untilNext);
			return Optional.of(new Usage(policy, true, 0, seconds(untilNext)));
		}
		catch (RuntimeException ex) {
			return failed(policy, ex);
		}
	}

	private static Optional<Usage> failed(Policy policy, RuntimeException ex) {
		log.warn("Rate limit {} not applied, the bucket store failed: {}", policy.name(), ex.toString());
		return Optional.empty();
	}

	private static String id(Policy policy, String subject) {
		return policy.name() + ":" + policy.quota() + ":" + policy.window().toSeconds() + ":" + subject;
	}

	/**
	 * Runs {@code operation} on the subject's bucket. Bucket4j creates a missing bucket for a lone command, but when
	 * concurrent first requests of a new bucket are batched into one, the batch fails with the bucket "not found";
	 * failing open there let a burst on a fresh key overspend its budget. So those requests try again, on a proxy
	 * built anew, by then usually on the row the others created; a few attempts, then the store is deemed failed.
	 */
	private <T> T onBucket(Policy policy, String subject, Function<BucketProxy, T> operation) {
		for (int attempt = 1;; attempt++) {
			try {
				return operation.apply(bucket(policy, subject));
			}
			catch (RuntimeException ex) {
				if (attempt == MISSING_BUCKET_ATTEMPTS || !reportsMissingBucket(ex)) {
					throw ex;
				}
				this.proxies.invalidate(id(policy, subject));
			}
		}
	}

	private static boolean reportsMissingBucket(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BucketNotFoundException) {
				return true;
			}
		}
		return false;
	}

	private BucketProxy bucket(Policy policy, String subject) {
		return this.proxies.get(id(policy, subject), k -> this.buckets.builder()
			.withOptimization(optimization(policy))
			.build(k, () -> BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(policy.quota()).refillIntervally(policy.quota(), policy.window()))
				.build()));
	}

	/**
	 * Small quotas are kept exactly (a login-failure budget of 60): every request asks the database. A large one
	 * (thousands a minute) lets an instance spend up to 1% of it locally, for at most half a second, before
	 * settling with the database in one statement: a busy key no longer costs its request three round trips,
	 * and n instances can overshoot by at most n% of the quota.
	 */
	private static Optimization optimization(Policy policy) {
		long unsynced = policy.quota() / UNSYNCED_SHARE;
		return unsynced == 0 ? SKIP_SYNC_ON_ZERO : Optimizations.delaying(new DelayParameters(unsynced, UNSYNCED_FOR));
	}

	/** Deletes buckets that have been full for a window; bounded, the next run takes the rest. */
	int purgeExpired() {
		int deleted = 0;
		for (int i = 0; i < 100; i++) {
			int batch = this.buckets.removeExpired(PURGE_BATCH);
			deleted += batch;
			if (batch < PURGE_BATCH) {
				break;
			}
		}
		return deleted;
	}

	@Bean
	static RecurringTask<Void> rateLimitPurgeTask(RateLimits limits) {
		return Tasks.recurring("rate-limit-purge", FixedDelay.ofMinutes(5))
			.execute((instance, context) -> limits.purgeExpired());
	}

	/**
	 * The address whose failed authentications are counted: the connection's peer, or the client a trusted proxy
	 * names (Tomcat's RemoteIpValve, {@code server.forward-headers-strategy=native}). An IPv6 client is counted by
	 * its /64, the block one subscriber usually gets, so a client cannot escape its budget by changing address.
	 */
	static String clientAddress(String remoteAddress) {
		InetAddress address;
		try {
			address = InetAddress.ofLiteral(remoteAddress);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return String.valueOf(remoteAddress);
		}
		if (address instanceof Inet6Address) {
			byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
			Arrays.fill(prefix, 8, 16, (byte) 0);
			try {
				return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
			}
			catch (java.net.UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return address.getHostAddress();
	}

	private static long seconds(long nanos) {
		return Math.ceilDiv(Math.max(0, nanos), TimeUnit.SECONDS.toNanos(1));
	}

	/** A quota of requests per window; announced as an item of {@code RateLimit-Policy}. */
	record Policy(String name, long quota, Duration window) {

		boolean enabled() {
			return this.quota > 0;
		}

		String item() {
			return "\"" + this.name + "\";q=" + this.quota + ";w=" + this.window.toSeconds();
		}

	}

	/**
	 * What a request left in one bucket: whether it was allowed, the requests remaining and the seconds until the
	 * window resets; announced as an item of {@code RateLimit}.
	 */
	record Usage(Policy policy, boolean allowed, long remaining, long resetSeconds) {

		String item() {
			return "\"" + this.policy.name() + "\";r=" + this.remaining + ";t=" + this.resetSeconds;
		}

		/** Retry-After of a refusal: when the window resets, never 0. */
		long retryAfterSeconds() {
			return Math.max(1, this.resetSeconds);
		}

	}

}
