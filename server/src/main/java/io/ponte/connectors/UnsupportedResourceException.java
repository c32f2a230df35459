package io.ponte.connectors;

/**
 * A connector was asked for a resource it does not serve. The institution catalogue should never list such a
 * resource, so this is the server's inconsistency, not the client's mistake.
 */
public class UnsupportedResourceException extends RuntimeException {

	public UnsupportedResourceException(String connector, ResourceKind resource) {
		super("Connector " + connector + " does not serve " + resource);
	}

}
