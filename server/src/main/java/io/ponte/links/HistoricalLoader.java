package io.ponte.links;

import io.ponte.api.Caller;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads a link's data through a live login: its history (its {@code fetch_resources}) after registration, after
 * an MFA registration is resumed, and on refresh; and, for recurrent links, what is new since a date.
 * Implemented where the data is stored, so links need not know how.
 */
public interface HistoricalLoader {

	void load(Caller caller, Links.LinkLogin login, List<String> resources);

	/**
	 * A recurrent refresh: transactions from {@code since}, the other resources as they stand; each resource
	 * that gained items is announced ({@code new_<resource>_available}, {@code recurrent_update}).
	 */
	void refresh(Caller caller, Links.LinkLogin login, List<String> resources, LocalDate since);

}
