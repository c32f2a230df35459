package io.ponte.payments;

import static io.ponte.payments.PaymentInstitutionsApiTests.PASARGADA;
import static io.ponte.payments.PaymentInstitutionsApiTests.PINDORAMA_BUSINESS;

import io.ponte.testing.ApiClient;
import io.ponte.testing.ApiResponse;
import io.ponte.testing.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** What the payments tests share: a payer, the organization's account, intents, and the payer bank's page. */
final class Payments {

	static final String INTENTS = "/payments/br/payment-intents/";

	static final String PAYER_CPF = "529.982.247-25";

	static final String MERCHANT_CNPJ = "11.222.333/0001-81";

	static final String CALLBACK = "https://shop.example/checkout/3487321";

	private static final HttpClient BROWSER = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Payments() {
	}

	/** A payer: a person with a CPF. Returns the customer's id. */
	static String payer(ApiClient client) {
		return CustomersApiTests.create(client, "identifier", PAYER_CPF, "name", "Gustavo Veloso").get("id").asString();
	}

	/** The organization's own account, which receives payments. Returns its id. */
	static String merchantAccount(ApiClient client) {
		return client.post("/payments/br/bank-accounts/", Json.object("institution", PINDORAMA_BUSINESS, "holder",
				BankAccountsApiTests.business(MERCHANT_CNPJ), "details", BankAccountsApiTests.details("CHECKINGS", "457220")))
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	/** An intent paying {@code amount} from {@code customer} to {@code account} through Pasargada. */
	static Map<String, Object> intent(String customer, String account, String amount, boolean confirm) {
		return intent(customer, account, amount, confirm, CALLBACK);
	}

	/** The same, the payer's browser returning to {@code callback} after their bank. */
	static Map<String, Object> intent(String customer, String account, String amount, boolean confirm,
			String callback) {
		Map<String, Object> openFinance = new LinkedHashMap<>();
		openFinance.put("beneficiary_bank_account", account);
		openFinance.put("payer_institution", PASARGADA);
		openFinance.put("callback_url", callback);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amount", amount);
		body.put("customer", customer);
		body.put("description", "Training shoes");
		body.put("statement_description", "Super Shoe Store - Brown Sneakers");
		body.put("allowed_payment_method_types", java.util.List.of("open_finance"));
		body.put("payment_method_details", Map.of("open_finance", openFinance));
		body.put("confirm", confirm);
		body.put("metadata", Map.of("internal_reference_id", "GGq73487w2"));
		return body;
	}

	static JsonNode create(ApiClient client, Map<String, Object> body) {
		return client.post(INTENTS, Json.of(body)).assertStatus(201).json();
	}

	static JsonNode get(ApiClient client, String intent) {
		return client.get(INTENTS + intent + "/").assertStatus(200).json();
	}

	static String redirectUrl(JsonNode intent) {
		return intent.get("payment_method_information").get("open_finance").get("redirect_url").asString();
	}

	/** The payer bank's page, as the payer's browser loads it. */
	static HttpResponse<String> open(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	/** The payer's answer on the page: {@code approve} or {@code reject}. */
	static HttpResponse<String> answer(String url, String decision) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("decision=" + decision))
			.build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return BROWSER.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until the intent has {@code status}, and returns it. */
	static JsonNode awaitStatus(ApiClient client, String intent, String status) {
		return Awaitility.await("payment intent " + intent + " " + status)
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> get(client, intent), node -> node.get("status").asString().equals(status));
	}

	static ApiResponse patch(ApiClient client, String intent, Object... fields) {
		return client.send("PATCH", INTENTS + intent + "/", Json.object(fields), Map.of());
	}

}
