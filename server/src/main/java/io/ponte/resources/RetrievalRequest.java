package io.ponte.resources;

import io.ponte.connectors.FetchRequest;
import java.util.UUID;

/**
 * A retrieval's body, read and checked: the link, the MFA token if any, whether to keep the data, the referenced
 * item it is narrowed to (one account) if any, and what to fetch.
 */
public record RetrievalRequest(UUID link, String token, boolean saveData, UUID narrowedTo, FetchRequest fetch) {
}
