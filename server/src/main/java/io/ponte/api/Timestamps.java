package io.ponte.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The time a row is stamped with. */
public final class Timestamps {

	private Timestamps() {
	}

	/** Now in UTC, to the microsecond as PostgreSQL keeps it, so a row reads back exactly as it was returned. */
	public static OffsetDateTime now(Clock clock) {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
