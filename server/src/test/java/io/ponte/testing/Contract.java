package io.ponte.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Belvo OpenAPI description as an oracle: every response the tests receive on a path the spec describes
 * is validated against it (status, headers, body schema). Read from {@code -Dponte.spec}, by default the
 * repository's copy, {@code spec/belvo-openapi.json} (see {@code spec/README.md}). Without the file, validation is
 * skipped, loudly.
 */
public final class Contract {

	public static final String SPEC_PROPERTY = "ponte.spec";

	/** The repository's copy of Belvo's description, from the {@code server} module (where tests run). */
	public static final Path DEFAULT_SPEC = Path.of("../spec/belvo-openapi.json");

	/** Ponte's own routes, which Belvo's description does not have (see {@code RouteCoverageTests}). */
	public static final Path EXTENSIONS = Path.of("../spec/ponte-extensions.yaml");

	private static final Contract INSTANCE = new Contract();

	private final Path spec;

	private final OpenApiInteractionValidator validator;

	private Contract() {
		String configured = System.getProperty(SPEC_PROPERTY, "");
		if (configured.isBlank()) {
			configured = DEFAULT_SPEC.toString();
		}
		this.spec = Path.of(configured).toAbsolutePath().normalize();
		if (Files.isRegularFile(this.spec)) {
			this.validator = OpenApiInteractionValidator.createForSpecificationUrl(repairedCopy(this.spec))
				.withWhitelist(knownSpecGaps())
				.withResolveRefs(true)
				.withResolveCombinators(true)
				.withLevelResolver(LevelResolver.create()
					// requests are ours to make wrong on purpose; responses are what the contract is about
					.withLevel("validation.request", ValidationReport.Level.IGNORE)
					// routes outside the spec (GET /api/, unknown paths) have no contract to check
					.withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
					.build())
				.build();
		}
		else {
			this.validator = null;
			System.err.println("""

					**********************************************************************************
					 CONTRACT TESTS SKIPPED: no OpenAPI description at %s
					 Set -Dponte.spec=/path/to/belvo-openapi.json to validate responses against it.
					**********************************************************************************
					""".formatted(this.spec));
		}
	}

	/**
	 * The Belvo description has defects of its own (an array schema without {@code items}) that make the
	 * validator's strict loader refuse it. They are repaired in a temporary copy; the schemas stay untouched.
	 */
	private static String repairedCopy(Path spec) {
		try {
			JsonMapper json = JsonMapper.builder().build();
			JsonNode root = json.readTree(spec.toFile());
			List<String> repaired = new ArrayList<>();
			repairArrays(root, "", repaired);
			repairContradictions(root.path("components").path("schemas"), repaired);
			repairPixKeyReads(root.path("paths"), repaired);
			Path copy = Files.createTempFile("belvo-openapi-", ".json");
			copy.toFile().deleteOnExit();
			json.writeValue(copy.toFile(), root);
			System.err.println("Contract: repaired spec defects (arrays without items, contradictions) in " + repaired);
			return copy.toUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Schemas that contradict themselves inside a oneOf, where no document can satisfy them and a whitelist cannot
	 * reach (a oneOf fails as a whole). Each repair is named in the output and in shared/research/spec-defects.md:
	 * <ul>
	 * <li>a payment intent's {@code last_error} is required and not nullable, yet an intent that had no error has
	 * none: it may be null, as Belvo sends it;</li>
	 * <li>{@code BeneficiaryBankAccountOfpi} requires {@code customer} and {@code number} without declaring them
	 * and forbids undeclared keys: they are declared (a nullable customer id, the account number);</li>
	 * <li>{@code paymentTransaction} requires {@code charge} without declaring it: it is declared (the charge's
	 * id);</li>
	 * <li>a person's payment intent may be created without {@code payer_institution} (that is what its status
	 * {@code REQUIRES_PAYMENT_METHOD} means), yet the response requires it: not required there;</li>
	 * <li>a Pix key intent's {@code payment_method_information} is a oneOf of an "initial" and a "confirmed"
	 * schema whose properties are all optional, the first a subset of the second: every initial document matches
	 * both, so the oneOf is read as an anyOf.</li>
	 * </ul>
	 */
	private static void repairContradictions(JsonNode schemas, List<String> repaired) {
		// the one schema of last_error's oneOf, used nowhere else
		if (schemas.path("LastErrorPaymentError") instanceof ObjectNode lastError) {
			lastError.put("nullable", true);
			repaired.add("LastErrorPaymentError (payment intents' last_error): may be null");
		}
		if (schemas.path("BeneficiaryBankAccountOfpi").path("properties") instanceof ObjectNode properties) {
			ObjectNode customer = properties.putObject("customer");
			customer.put("type", "string").put("format", "uuid").put("nullable", true);
			properties.putObject("number").put("type", "string");
			repaired.add("BeneficiaryBankAccountOfpi: declares its required customer and number");
		}
		if (schemas.path("PaymentIntentPaymentMethodDetailsBodyIndividualOfpi").get("required")
				instanceof tools.jackson.databind.node.ArrayNode required) {
			for (int i = required.size() - 1; i >= 0; i--) {
				if ("payer_institution".equals(required.get(i).asString())) {
					required.remove(i);
				}
			}
			repaired.add("PaymentIntentPaymentMethodDetailsBodyIndividualOfpi: payer_institution not required");
		}
		if (schemas.path("PaymentIntentPixKeys").path("properties").path("payment_method_information")
				instanceof ObjectNode information && information.has("oneOf")) {
			information.set("anyOf", information.remove("oneOf"));
			repaired.add("PaymentIntentPixKeys/payment_method_information: overlapping oneOf read as anyOf");
		}
		if (schemas.path("paymentTransaction").path("properties") instanceof ObjectNode properties) {
			properties.putObject("charge").put("type", "string").put("format", "uuid");
			repaired.add("paymentTransaction: declares its required charge");
		}
	}

	/**
	 * Creating and confirming a payment intent answer a Pix key intent ({@code PaymentIntentPixKeys}) or a bank
	 * account one ({@code PaymentIntentOfpi}), and the charges list answers either kind of charge; but the
	 * intents' list and detail declare only the bank account kind, and an intent's charges only
	 * {@code ChargeBrazil}, so a Pix key intent could be created and never read back. Those reads accept both
	 * kinds, as their siblings do.
	 */
	private static void repairPixKeyReads(JsonNode paths, List<String> repaired) {
		String intents = "/payments/br/payment-intents/";
		String charges = intents + "{payment_intent_id}/charges/";
		List<List<String>> reads = List.of(List.of(intents, "results"), List.of(intents + "{id}/", ""),
				List.of(charges, "results"), List.of(charges + "{charge_id}/", ""));
		for (List<String> read : reads) {
			JsonNode schema = paths.path(read.get(0)).path("get").path("responses").path("200").path("content")
				.path("application/json").path("schema");
			if (!read.get(1).isEmpty()) {
				for (JsonNode part : schema.path("allOf")) {
					if (part.path("properties").has(read.get(1))) {
						schema = part.path("properties").path(read.get(1)).path("items");
					}
				}
			}
			if (schema instanceof ObjectNode object && object.has("$ref")) {
				String ref = object.remove("$ref").asString();
				String other = ref.endsWith("PaymentIntentOfpi") ? "#/components/schemas/PaymentIntentPixKeys"
						: "#/components/schemas/ChargeBrazilPix";
				object.putArray("oneOf").add(object.objectNode().put("$ref", ref))
					.add(object.objectNode().put("$ref", other));
				repaired.add("GET " + read.get(0) + ": " + ref.substring(ref.lastIndexOf('/') + 1) + " or "
						+ other.substring(other.lastIndexOf('/') + 1));
			}
		}
	}

	private static void repairArrays(JsonNode node, String path, List<String> repaired) {
		if (node instanceof ObjectNode object) {
			if ("array".equals(object.path("type").asString(null)) && !object.has("items")) {
				object.putObject("items");
				repaired.add(path);
			}
			object.properties().forEach(e -> repairArrays(e.getValue(), path + "/" + e.getKey(), repaired));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				repairArrays(node.get(i), path + "/" + i, repaired);
			}
		}
	}

	/**
	 * Places where Belvo's own answers contradict its description, allowed here and nowhere else. Each names
	 * the route and the key, so the exception cannot hide anything else.
	 */
	private static ValidationErrorsWhitelist knownSpecGaps() {
		return ValidationErrorsWhitelist.create()
			// Belvo returns "external_id": null for links registered without one; the schema forgot nullable
			.withRule("link external_id may be null", WhitelistRules.allOf(WhitelistRules.isResponse(),
					WhitelistRules.pathContainsSubstring("/api/links/"),
					WhitelistRules.messageHasKey("validation.response.body.schema.type"),
					at("(/results/[0-9]+)?/external_id")))
			// loan_data requires "total_effectove_cost" (sic) yet forbids undeclared keys: no document can satisfy
			// both, so that one contradiction is allowed (see shared/research/spec-defects.md)
			.withRule("loan_data total_effectove_cost contradiction", WhitelistRules.allOf(WhitelistRules.isResponse(),
					WhitelistRules.messageContainsSubstring("total_effectove_cost")))
			// RiskInsightsAssetMetrics requires "num_accounts" yet declares only "num_assets_accounts" and forbids
			// undeclared keys: Ponte sends both, and that one undeclared key is allowed there
			.withRule("risk insights assets_metrics num_accounts contradiction", WhitelistRules.allOf(
					WhitelistRules.isResponse(), WhitelistRules.pathContainsSubstring("/api/risk-insights/"),
					WhitelistRules.messageHasKey("validation.response.body.schema.additionalProperties"),
					WhitelistRules.messageContainsSubstring("'num_accounts'"), at("(/results/[0-9]+|/[0-9]+)?/assets_metrics")))
			// format: float is a size hint in OpenAPI; the validator reads it as "exactly representable in 32 bits",
			// which no amount of 100,000.00 or more is. Money needs more digits than that.
			.withRule("amounts wider than a 32-bit float", WhitelistRules.allOf(WhitelistRules.isResponse(),
					(message, operation, request, response) -> message.getKey().endsWith("format.float")));
	}

	/** The violation is at a JSON pointer of the body matching {@code regex}. */
	private static WhitelistRule at(String regex) {
		return (message, operation, request, response) -> pointer(message).matches(regex);
	}

	private static String pointer(ValidationReport.Message message) {
		return message.getContext()
			.flatMap(ValidationReport.MessageContext::getPointers)
			.map(ValidationReport.MessageContext.Pointers::getInstance)
			.orElse("");
	}

	public static Contract get() {
		return INSTANCE;
	}

	public boolean available() {
		return this.validator != null;
	}

	public Path spec() {
		return this.spec;
	}

	/** The contract violations of one response; empty when it conforms (or when no spec is available). */
	public List<String> violations(String method, String path, int status, HttpHeaders headers, String body) {
		if (this.validator == null) {
			return List.of();
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		headers.map().forEach((name, values) -> response.withHeader(name, values));
		if (body != null && !body.isEmpty()) {
			response.withBody(body);
		}
		ValidationReport report = this.validator.validateResponse(path,
				Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
		return report.getMessages()
			.stream()
			.filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
			.map(m -> m.getKey() + " at '" + pointer(m) + "': " + m.getMessage())
			.toList();
	}

}
