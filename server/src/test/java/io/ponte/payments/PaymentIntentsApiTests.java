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

	@OnEachDatabase
	void anIntentWithoutAPayerInstitutionAsksForOneThenForConfirmation(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		Map<String, Object> body = Payments.intent(Payments.payer(client), Payments.merchantAccount(client), "10.00",
				false);
		@SuppressWarnings("unchecked")
		Map<String, Object> openFinance = (Map<String, Object>) ((Map<String, Object>) body
			.get("payment_method_details")).get("open_finance");
		openFinance.remove("payer_institution");

		JsonNode created = Payments.create(client, body);
		assertThat(created.get("status").asString()).isEqualTo("REQUIRES_PAYMENT_METHOD");
		JsonNode step = created.get("next_step");
		assertThat(step.get("type").asString()).isEqualTo("open_finance_display_payment_method_information");
		JsonNode offered = step.get("open_finance_display_payment_method_information").get("institutions");
		assertThat(offered).isNotEmpty();
		offered.forEach(institution -> assertThat(institution.get("active").asBoolean()).isTrue());
		String id = created.get("id").asString();
		Payments.patch(client, id, "confirm", true)
			.assertError(400, "required", "payment_method_details.open_finance.payer_institution");

		JsonNode chosen = Payments.patch(client, id, "payment_method_details",
				Map.of("open_finance", Map.of("payer_institution", PaymentInstitutionsApiTests.PASARGADA)))
			.assertStatus(200)
			.json();
		assertThat(chosen.get("status").asString()).isEqualTo("REQUIRES_ACTION");
		assertThat(chosen.get("next_step").get("type").asString()).isEqualTo("open_finance_display_confirmation_required");
		assertThat(chosen.get("next_step").get("open_finance_display_confirmation_required").get("payer_name")
			.asString()).isEqualTo("Gustavo Veloso");

		JsonNode confirmed = Payments.patch(client, id, "confirm", true).assertStatus(200).json();
		assertThat(Payments.redirectUrl(confirmed)).contains("/sandbox/payer-bank/");
		// confirming twice is refused, naming the state
		assertThat(Payments.patch(client, id, "confirm", true).assertError(400, "invalid_status", null).body())
			.contains("REQUIRES_ACTION");
		// a business institution does not serve a person
		Payments.patch(client, id, "payment_method_details",
				Map.of("open_finance", Map.of("payer_institution", PaymentInstitutionsApiTests.PINDORAMA_BUSINESS)))
			.assertError(400, "invalid", "payment_method_details.open_finance.payer_institution");
	}

	@OnEachDatabase
	void aPixKeyIsTheCnpjOfTheOrganizationsAccountAndIsConfirmedBeforeTheRedirect(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String account = Payments.merchantAccount(client);
		Map<String, Object> body = Payments.intent(Payments.payer(client), account, "99.90", false);
		body.put("payment_method_details", Map.of("open_finance", Map.of("pix_key", "11222333000181",
				"payer_institution", PaymentInstitutionsApiTests.PASARGADA, "callback_url", Payments.CALLBACK)));

		JsonNode created = Payments.create(client, body);
		JsonNode keyDetails = created.get("payment_method_information").get("open_finance").get("pix_key_details");
		assertThat(keyDetails.get("name").asString()).isEqualTo("Music Production Brazil");
		assertThat(keyDetails.get("identifier").asString()).isEqualTo("11**********81");
		assertThat(created.get("payment_method_details").get("open_finance").get("pix_key").asString())
			.isEqualTo("11222333000181");

		JsonNode confirmed = Payments.patch(client, created.get("id").asString(), "confirm", true).assertStatus(200)
			.json();
		Payments.answer(Payments.redirectUrl(confirmed), "approve");
		JsonNode succeeded = Payments.awaitStatus(client, created.get("id").asString(), "SUCCEEDED");
		assertThat(succeeded.get("charges").get(0).get("transactions").get(0).get("beneficiary").asString())
			.isEqualTo(account);

		body.put("payment_method_details", Map.of("open_finance", Map.of("pix_key", "pix@shop.example",
				"payer_institution", PaymentInstitutionsApiTests.PASARGADA, "callback_url", Payments.CALLBACK)));
		client.post(INTENTS, Json.of(body))
			.assertError(400, "pix_key_not_found", "payment_method_details.open_finance.pix_key");
		body.put("payment_method_details", Map.of("open_finance", Map.of("pix_key", "not a key",
				"payer_institution", PaymentInstitutionsApiTests.PASARGADA, "callback_url", Payments.CALLBACK)));
		client.post(INTENTS, Json.of(body)).assertError(400, "invalid", "payment_method_details.open_finance.pix_key");
	}

	@OnEachDatabase
	void theCustomerAndTheBeneficiaryAccountMayBeGivenInline(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		Map<String, Object> body = Payments.intent(null, null, "15.00", true);
		body.put("customer", Map.of("identifier", "390.533.447-05", "name", "Maria Souza", "email", "maria@example.com"));
		body.put("payment_method_details", Map.of("open_finance", Map.of("beneficiary_bank_account",
				Map.of("institution", PaymentInstitutionsApiTests.PINDORAMA_BUSINESS, "holder",
						BankAccountsApiTests.business(Payments.MERCHANT_CNPJ), "details",
						BankAccountsApiTests.details("CHECKINGS", "12345")),
				"payer_institution", PaymentInstitutionsApiTests.PASARGADA, "callback_url", Payments.CALLBACK)));

		JsonNode created = Payments.create(client, body);

		String customer = created.get("customer").asString();
		assertThat(client.get("/payments/br/customers/" + customer + "/").assertStatus(200).json().get("identifier")
			.asString()).isEqualTo("39053344705");
		String account = created.get("payment_method_details").get("open_finance").get("beneficiary_bank_account")
			.asString();
		assertThat(client.get("/payments/br/bank-accounts/" + account + "/").assertStatus(200).json().get("details")
			.get("number").asString()).isEqualTo("12345");
		// the same customer again is the existing one, not a second
		JsonNode again = Payments.create(client, body);
		assertThat(again.get("customer").asString()).isEqualTo(customer);
		assertThat(client.get("/payments/br/customers/").json().get("count").asInt()).isOne();
	}

	@OnEachDatabase
	void aScheduledPaymentWaitsForItsDayAndMayBeCanceledUntilThen(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String customer = Payments.payer(client);
		String account = Payments.merchantAccount(client);
		String tomorrow = java.time.LocalDate.now(PaymentLifecycle.BRAZIL).plusDays(1).toString();
		Map<String, Object> body = Payments.intent(customer, account, "300.00", true);
		body.put("payment_method_details", Map.of("open_finance", Map.of("beneficiary_bank_account", account,
				"payer_institution", PaymentInstitutionsApiTests.PASARGADA, "callback_url", Payments.CALLBACK,
				"schedule", Map.of("single", Map.of("date", tomorrow)))));

		JsonNode scheduled = Payments.create(client, body);
		Payments.answer(Payments.redirectUrl(scheduled), "approve");
		String id = scheduled.get("id").asString();
		JsonNode processing = Payments.get(client, id);
		assertThat(processing.get("status").asString()).isEqualTo("PROCESSING");
		JsonNode charge = processing.get("charges").get(0);
		assertThat(charge.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(charge.get("payment_method_details").get("open_finance").get("schedule").get("single").get("date")
			.asString()).isEqualTo(tomorrow);

		// canceled through its charge before its day comes
		client.post(INTENTS + id + "/charges/" + charge.get("id").asString() + "/cancel/", "{}").assertStatus(204);
		JsonNode canceled = Payments.get(client, id);
		assertThat(canceled.get("status").asString()).isEqualTo("FAILED");
		assertThat(canceled.get("failure_code").asString()).isEqualTo("payment_canceled");
		assertThat(canceled.get("charges").get(0).get("status").asString()).isEqualTo("CANCELED");
		client.post(INTENTS + id + "/charges/" + charge.get("id").asString() + "/cancel/", "{}")
			.assertError(400, "invalid_status", null);

		// another runs when the organization's clock reaches its day
		JsonNode second = Payments.create(client, body);
		Payments.answer(Payments.redirectUrl(second), "approve");
		client.post("/api/sandbox/clock/", Json.object("advance", "2d")).assertStatus(200);
		JsonNode settled = Payments.awaitStatus(client, second.get("id").asString(), "SUCCEEDED");
		assertThat(settled.get("charges").get(0).get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(Payments.get(client, id).get("status").asString()).isEqualTo("FAILED");
	}

	@OnEachDatabase
	void anIntentIsCanceledBeforeThePayerAnswersButNotAfterItSucceeded(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String customer = Payments.payer(client);
		String account = Payments.merchantAccount(client);
		JsonNode waiting = Payments.create(client, Payments.intent(customer, account, "42.00", true));

		client.post(INTENTS + waiting.get("id").asString() + "/cancel/", "{}").assertStatus(204);

		JsonNode canceled = Payments.get(client, waiting.get("id").asString());
		assertThat(canceled.get("status").asString()).isEqualTo("FAILED");
		assertThat(canceled.get("charges").get(0).get("status").asString()).isEqualTo("CANCELED");
		assertThat(Payments.open(Payments.redirectUrl(waiting)).body()).contains("FAILED");

		JsonNode paid = Payments.create(client, Payments.intent(customer, account, "43.00", true));
		Payments.answer(Payments.redirectUrl(paid), "approve");
		Payments.awaitStatus(client, paid.get("id").asString(), "SUCCEEDED");
		assertThat(client.post(INTENTS + paid.get("id").asString() + "/cancel/", "{}")
			.assertError(400, "invalid_status", null)
			.body()).contains("SUCCEEDED");
	}

	@OnEachDatabase
	void amountsAreExactDecimalsInReaisWithinTheLimits(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String customer = Payments.payer(client);
		String account = Payments.merchantAccount(client);

		assertThat(Payments.create(client, Payments.intent(customer, account, "12.5", false)).get("amount").asString())
			.isEqualTo("12.50");
		assertThat(Payments.create(client, Payments.intent(customer, account, "0.01", false)).get("amount").asString())
			.isEqualTo("0.01");
		assertThat(Payments.create(client, Payments.intent(customer, account, "1000000.00", false)).get("amount")
			.asString()).isEqualTo("1000000.00");
		client.post(INTENTS, Json.of(Payments.intent(customer, account, "0.00", false)))
			.assertError(400, "min_value", "amount");
		client.post(INTENTS, Json.of(Payments.intent(customer, account, "1000000.01", false)))
			.assertError(400, "max_value", "amount");
		for (String wrong : new String[] { "12.345", "-5.00", "1e3", "12,50", " 12.50" }) {
			client.post(INTENTS, Json.of(Payments.intent(customer, account, wrong, false)))
				.assertError(400, "invalid", "amount");
		}
		// a JSON number could already have lost its exact value on the way: the amount is a string
		Map<String, Object> number = Payments.intent(customer, account, "1", false);
		number.put("amount", 10.10);
		assertThat(client.post(INTENTS, Json.of(number)).status()).isEqualTo(400);
		assertThat(client.get(INTENTS + "?amount__lte=0.01").json().get("count").asInt()).isOne();
		assertThat(client.get(INTENTS + "?amount=12.50").json().get("count").asInt()).isOne();
		assertThat(client.get(INTENTS).json().get("count").asInt()).isEqualTo(3);
	}

	@OnEachDatabase
	void aProductionKeyHasNoPayerInstitutionToPayThrough(PonteServer server) {
		ApiClient client = server.newProductionClient();
		String customer = Payments.payer(client);
		String account = client.post("/payments/br/bank-accounts/", Json.object("institution",
				PaymentInstitutionsApiTests.PINDORAMA_BUSINESS, "holder", BankAccountsApiTests.business(Payments.MERCHANT_CNPJ),
				"details", BankAccountsApiTests.details("CHECKINGS", "457220")))
			.assertError(400, "does_not_exist", "institution")
			.body();
		assertThat(account).contains("does not exist");
		client.post(INTENTS, Json.of(Payments.intent(customer, java.util.UUID.randomUUID().toString(), "10.00", false)))
			.assertError(400, "does_not_exist", "payment_method_details.open_finance.payer_institution");
	}

}
