package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.RateLimits.Policy;
import io.ponte.api.RateLimits.Usage;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The buckets behind the rate limits, in the database, under concurrent use. */
class RateLimitBucketTests {

	@OnEachDatabase
	void concurrentFirstRequestsOfANewBucketAreAllCountedNoneWavedThrough(PonteServer server) throws Exception {
		RateLimits limits = server.bean(RateLimits.class);
		// a quota large enough to be settled lazily (the batched path), on a subject no bucket exists for yet
		Policy policy = new Policy("key", 1_000, Duration.ofMinutes(1));
		String subject = "burst-" + UUID.randomUUID();
		int requests = 64;

		List<Optional<Usage>> usages = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService requesters = Executors.newFixedThreadPool(16)) {
			List<Future<Optional<Usage>>> sent = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				sent.add(requesters.submit(() -> {
					start.await();
					return limits.consume(policy, subject);
				}));
			}
			start.countDown();
			for (Future<Optional<Usage>> usage : sent) {
				usages.add(usage.get());
			}
		}

		// an empty usage is a request the bucket store failed on, let through uncounted
		assertThat(usages).as("every request counted by the bucket").allSatisfy(usage -> assertThat(usage).isPresent());
		assertThat(usages).allSatisfy(usage -> assertThat(usage.orElseThrow().allowed()).isTrue());
	}

}
