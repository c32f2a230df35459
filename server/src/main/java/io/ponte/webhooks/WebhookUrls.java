package io.ponte.webhooks;

import io.ponte.api.ApiException;
import io.ponte.api.Environment;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which URLs events may be sent to: absolute http(s) URLs of at most 2,048 characters. A production endpoint must
 * not resolve to a loopback, private, link-local or otherwise internal address (a webhook must not become a way
 * into the operator's network) unless the operator allows it; a sandbox endpoint may, so that a developer can
 * receive on their own machine. Checked when an endpoint is saved and again before each delivery, since a name
 * can be pointed elsewhere later.
 */
@Component
class WebhookUrls {

	static final int MAX_LENGTH = 2048;

	private final WebhookSettings settings;

	WebhookUrls(WebhookSettings settings) {
		this.settings = settings;
	}

	/** The URL as given, or a 400 naming {@code url}. */
	URI accepted(String url, Environment environment) {
		URI uri = parse(url);
		String refusal = refusal(uri, environment);
		if (refusal != null) {
			throw ApiException.invalid("url", "invalid", refusal);
		}
		return uri;
	}

	/** Why events may not go to this URL now, or null when they may. */
	String refusal(URI uri, Environment environment) {
		if (environment == Environment.SANDBOX || this.settings.allowPrivateAddresses()) {
			return null;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (internal(address)) {
					return "Webhook URLs of production keys must not resolve to a loopback, private or link-local "
							+ "address (" + address.getHostAddress() + ").";
				}
			}
			return null;
		}
		catch (UnknownHostException ex) {
			return "The webhook URL's host " + uri.getHost() + " does not resolve.";
		}
	}

	private static URI parse(String url) {
		if (url.length() > MAX_LENGTH) {
			throw ApiException.invalid("url", "max_length", "Ensure this field has no more than " + MAX_LENGTH
					+ " characters.");
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null) {
				throw ApiException.invalid("url", "invalid", "Enter a valid http or https URL, without credentials "
						+ "in it (send them with authorization).");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw ApiException.invalid("url", "invalid", "Enter a valid http or https URL.");
		}
	}

	private static boolean internal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] raw = address.getAddress();
		if (address instanceof Inet6Address) {
			// unique local addresses, fc00::/7
			return (raw[0] & 0xfe) == 0xfc;
		}
		// carrier-grade NAT 100.64.0.0/10
		return (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64;
	}

}
