package io.ponte.connectors;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an institution integration implements: log in with an end user's credentials (answering an MFA
 * challenge when the institution asks for one) and fetch each resource. The HTTP layer only ever talks to this
 * interface, so it never knows whether data comes from the sandbox or a real bank.
 *
 * <p>Documents are shaped like the Belvo API's objects for the resource, without the fields the server assigns
 * itself ({@code id}, {@code link}, {@code collected_at}, {@code created_at}); each carries a stable
 * {@code internal_identification}, the institution's own id, so re-fetching the same data never duplicates it.
 */
public interface Connector {

	/** The name institutions use to say which connector serves them ({@code institutions.connector}). */
	String name();

	/**
	 * Logs in. {@code token} is the MFA token when the caller has one; {@code challenge} the pending challenge
	 * it answers, when resuming an MFA session.
	 */
	LoginResult login(Credentials credentials, String token, MfaChallenge challenge);

	/**
	 * Fetches one resource for a logged-in end user, as the request describes it (its window, years, type or
	 * attachments). A resource the connector does not serve is an {@link UnsupportedResourceException}.
	 */
	List<ObjectNode> fetch(Session session, FetchRequest request);

}
