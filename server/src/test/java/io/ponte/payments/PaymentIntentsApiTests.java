package io.ponte.payments;

import static io.ponte.payments.Payments.INTENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.Json;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * /payments/br/payment-intents/: a Pix payment through Open Finance from creation to its end, the payer answering
 * on the sandbox payer bank's page (driven here over HTTP; PayerBankBrowserTests drives it in Chromium).
 */
class PaymentIntentsApiTests {

	@OnEachDatabase
	void aConfirmedIntentSendsThePayerToTheirBankAndSucceedsOnceTheyApprove(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String customer = Payments.payer(client);
		String account = Payments.merchantAccount(client);

		JsonNode created = Payments.create(client, Payments.intent(customer, account, "1234.12", false));
		assertThat(created.get("status").asString()).isEqualTo("REQUIRES_ACTION");
		assertThat(created.get("amount").asString()).isEqualTo("1234.12");
		assertThat(created.get("next_step").get("type").asString()).isEqualTo("open_finance_display_confirmation_required");
		assertThat(created.get("next_step").get("ready_to_confirm").asBoolean()).isTrue();
		assertThat(created.get("charges")).isEmpty();
		String id = created.get("id").asString();

		JsonNode confirmed = Payments.patch(client, id, "confirm", true).assertStatus(200).json();
		assertThat(confirmed.get("status").asString()).isEqualTo("REQUIRES_ACTION");
		assertThat(confirmed.get("next_step").get("type").asString()).isEqualTo("open_finance_display_needs_redirect");
		assertThat(confirmed.get("charges")).hasSize(1);
		assertThat(confirmed.get("charges").get(0).get("status").asString()).isEqualTo("PENDING");
		String redirect = Payments.redirectUrl(confirmed);
		assertThat(redirect).startsWith(server.baseUrl() + "/sandbox/payer-bank/");

		HttpResponse<String> page = Payments.open(redirect);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("R$ 1.234,12", "Training shoes", "Music Production Brazil", "Gustavo Veloso");
		HttpResponse<String> approved = Payments.answer(redirect, "approve");
		assertThat(approved.statusCode()).isEqualTo(303);
		assertThat(approved.headers().firstValue("Location")).hasValue(
				Payments.CALLBACK + "?payment_intent_id=" + id + "&status=PROCESSING");

		JsonNode succeeded = Payments.awaitStatus(client, id, "SUCCEEDED");
		JsonNode charge = succeeded.get("charges").get(0);
		assertThat(charge.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(charge.get("transactions")).hasSize(1);
		JsonNode transaction = charge.get("transactions").get(0);
		assertThat(transaction.get("amount").asString()).isEqualTo("1234.12");
		assertThat(transaction.get("transaction_type").asString()).isEqualTo("INFLOW");
		assertThat(transaction.get("beneficiary").asString()).isEqualTo(account);
		String e2e = succeeded.get("payment_method_information").get("open_finance").get("end_to_end_id").asString();
		assertThat(e2e).hasSize(32).startsWith("E");
		assertThat(succeeded.get("payment_method_information").get("open_finance").get("redirect_url").isNull()).isTrue();
		assertThat(client.get("/payments/br/transactions/?payment_intent=" + id).json().get("count").asInt()).isOne();
		assertThat(client.get("/payments/br/charges/" + charge.get("id").asString() + "/").assertStatus(200).json()
			.get("status").asString()).isEqualTo("SUCCEEDED");
	}

	@OnEachDatabase
	void thePayerRejectingAtTheirBankFailsTheIntent(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "50.00", true));
		String id = confirmed.get("id").asString();

		HttpResponse<String> rejected = Payments.answer(Payments.redirectUrl(confirmed), "reject");

		assertThat(rejected.headers().firstValue("Location")).hasValue(
				Payments.CALLBACK + "?payment_intent_id=" + id + "&status=FAILED");
		JsonNode failed = Payments.get(client, id);
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failure_code").asString()).isEqualTo("payment_rejected");
		assertThat(failed.get("last_error").get("error_code").asString()).isEqualTo("payment_error");
		assertThat(failed.get("charges").get(0).get("status").asString()).isEqualTo("FAILED");
		// the page can be answered once
		assertThat(Payments.answer(Payments.redirectUrl(confirmed), "approve").statusCode()).isIn(404, 409);
		assertThat(client.post(INTENTS + id + "/cancel/", "{}").assertError(400, "invalid_status", null).body())
			.contains("FAILED");
	}

	@OnEachDatabase
	void anAmountEndingIn91IsRefusedByThePayerBankAfterApproval(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "100.91", true));

		Payments.answer(Payments.redirectUrl(confirmed), "approve");

		JsonNode failed = Payments.awaitStatus(client, confirmed.get("id").asString(), "FAILED");
		assertThat(failed.get("failure_code").asString()).isEqualTo("insufficient_funds");
		assertThat(failed.get("charges").get(0).get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("charges").get(0).get("transactions")).isEmpty();
	}

	@OnEachDatabase
	void anAmountEndingIn92FindsThePayerBankUnavailableOnConfirmation(PonteServer server) {
		ApiClient client = server.newSandboxClient();

		JsonNode failed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "100.92", true));

		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failure_code").asString()).isEqualTo("institution_unavailable");
		assertThat(Payments.patch(client, failed.get("id").asString(), "confirm", true)
			.assertError(400, "invalid_status", null)
			.body()).contains("FAILED");
	}

	@OnEachDatabase
	void aConsentThePayerNeverAnswersLapsesWhenTheClockPassesItsTimeout(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		JsonNode confirmed = Payments.create(client,
				Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "20.00", true));

		client.post("/api/sandbox/clock/", Json.object("advance", "6m")).assertStatus(200);

		JsonNode failed = Payments.awaitStatus(client, confirmed.get("id").asString(), "FAILED");
		assertThat(failed.get("failure_code").asString()).isEqualTo("consent_expired");
		assertThat(Payments.open(Payments.redirectUrl(confirmed)).body()).contains("FAILED");
	}

}
