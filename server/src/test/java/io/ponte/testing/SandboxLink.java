package io.ponte.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registers a sandbox link the way most tests need one, read as a sentence:
 * {@code SandboxLink.of("ana").at("erebor_br_retail").recurrent().fetching("ACCOUNTS").registerWith(client)}.
 * Any username logs in to the sandbox banks with any password: each link gets a distinctive one, which the log
 * scan ({@link TestRun}) can tell apart from ordinary words.
 */
public final class SandboxLink {

	private final String username;

	private String institution = "erebor_br_retail";

	private String accessMode;

	private List<String> resources = List.of("ACCOUNTS");

	private SandboxLink(String username) {
		this.username = username;
	}

	public static SandboxLink of(String username) {
		return new SandboxLink(username);
	}

	public SandboxLink at(String institution) {
		this.institution = institution;
		return this;
	}

	public SandboxLink recurrent() {
		this.accessMode = "recurrent";
		return this;
	}

	public SandboxLink single() {
		this.accessMode = "single";
		return this;
	}

	/** The resources its historical load fetches ({@code fetch_resources}); none skips the load. */
	public SandboxLink fetching(String... resources) {
		this.resources = List.of(resources);
		return this;
	}

	/** Registers it (201 expected) and returns its id at once, before its history has loaded. */
	public String registerWith(ApiClient client) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("institution", this.institution);
		body.put("username", this.username);
		// a sandbox password is 1 to 16 letters, digits or _
		body.put("password", "pw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 13));
		if (this.accessMode != null) {
			body.put("access_mode", this.accessMode);
		}
		body.put("fetch_resources", new ArrayList<>(this.resources));
		return client.post("/api/links/", Json.of(body)).assertStatus(201).json().get("id").asString();
	}

	/** Registers it and waits until its historical load has stored what it fetches. */
	public String registerLoaded(PonteServer server, ApiClient client) {
		String link = registerWith(client);
		server.awaitHistory(link);
		return link;
	}

}
