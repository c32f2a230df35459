package io.ponte.links;

import io.ponte.api.Caller;
import java.util.List;

/**
 * Loads a link's historical data (its {@code fetch_resources}) through a live login: after registration, after
 * an MFA registration is resumed, and on refresh. Implemented where the data is stored, so links need not know
 * how.
 */
public interface HistoricalLoader {

	void load(Caller caller, Links.LinkLogin login, List<String> resources);

}
