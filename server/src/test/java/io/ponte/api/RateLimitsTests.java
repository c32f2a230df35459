package io.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.api.RateLimits.Policy;
import io.ponte.api.RateLimits.Usage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTests {

	@Test
	void anIpv4ClientIsCountedByItsAddress() {
		assertThat(RateLimits.clientAddress("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(RateLimits.clientAddress("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		String one = RateLimits.clientAddress("2001:db8:1:2:3:4:5:6");

		assertThat(one).isEqualTo(RateLimits.clientAddress("2001:db8:1:2:ffff::1")).endsWith("/64");
		assertThat(one).isNotEqualTo(RateLimits.clientAddress("2001:db8:1:3::1"));
	}

	@Test
	void anAddressThatIsNoLiteralIsCountedAsItIs() {
		assertThat(RateLimits.clientAddress("unix-socket")).isEqualTo("unix-socket");
		assertThat(RateLimits.clientAddress(null)).isEqualTo("null");
	}

	@Test
	void policiesAndUsagesAreStructuredFieldItems() {
		Policy key = new Policy("key", 3000, Duration.ofMinutes(1));

		assertThat(key.item()).isEqualTo("\"key\";q=3000;w=60");
		assertThat(new Usage(key, true, 2999, 42).item()).isEqualTo("\"key\";r=2999;t=42");
	}

	@Test
	void aRefusalNeverSaysRetryAfterZero() {
		Policy key = new Policy("key", 1, Duration.ofSeconds(1));

		assertThat(new Usage(key, false, 0, 0).retryAfterSeconds()).isEqualTo(1);
		assertThat(new Usage(key, false, 0, 17).retryAfterSeconds()).isEqualTo(17);
	}

	@Test
	void aQuotaOfZeroTurnsAPolicyOff() {
		assertThat(new Policy("key", 0, Duration.ofMinutes(1)).enabled()).isFalse();
	}

}
