package io.ponte.payments;

import static io.ponte.payments.Payments.INTENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.testing.ApiClient;
import io.ponte.testing.OnEachDatabase;
import io.ponte.testing.PonteServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The filters and orders of the payment intents, charges and payment transactions lists, as the spec names them. */
class PaymentListsApiTests {

	@OnEachDatabase
	void paymentIntentsChargesAndTransactionsAreFilteredByTheSpecsParameters(PonteServer server) {
		ApiClient client = server.newSandboxClient();
		String customer = Payments.payer(client);
		String other = CustomersApiTests.create(client, "identifier", "111.444.777-35", "name", "Ana Lima").get("id")
			.asString();
		String account = Payments.merchantAccount(client);
		String externalId = UUID.randomUUID().toString();
		Map<String, Object> shoes = Payments.intent(customer, account, "100.00", true);
		shoes.put("external_id", externalId);
		JsonNode paid = Payments.create(client, shoes);
		Payments.answer(Payments.redirectUrl(paid), "approve");
		Map<String, Object> book = Payments.intent(other, account, "35.50", false);
		book.put("description", "A book on samba");
		JsonNode waiting = Payments.create(client, book);
		JsonNode rejected = Payments.create(client, Payments.intent(customer, account, "20.00", true));
		Payments.answer(Payments.redirectUrl(rejected), "reject");
		Payments.awaitStatus(client, paid.get("id").asString(), "SUCCEEDED");
		String paidId = paid.get("id").asString();
		String waitingId = waiting.get("id").asString();
		String rejectedId = rejected.get("id").asString();

		assertThat(ids(client, INTENTS)).containsExactly(rejectedId, waitingId, paidId);
		assertThat(ids(client, INTENTS + "?status=SUCCEEDED")).containsExactly(paidId);
		assertThat(ids(client, INTENTS + "?status__in=FAILED,REQUIRES_ACTION")).containsExactly(rejectedId, waitingId);
		assertThat(ids(client, INTENTS + "?customer=" + other)).containsExactly(waitingId);
		assertThat(ids(client, INTENTS + "?customer__in=" + customer)).containsExactly(rejectedId, paidId);
		assertThat(ids(client, INTENTS + "?external_id=" + externalId)).containsExactly(paidId);
		assertThat(ids(client, INTENTS + "?amount__gte=35.50")).containsExactly(waitingId, paidId);
		assertThat(ids(client, INTENTS + "?amount__range=20,35.50")).containsExactly(rejectedId, waitingId);
		assertThat(ids(client, INTENTS + "?search=samb")).containsExactly(waitingId);
		assertThat(ids(client, INTENTS + "?provider=belvo&payment_method_type=open_finance")).hasSize(3);
		assertThat(ids(client, INTENTS + "?payment_method_type=open_finance_biometric_pix")).isEmpty();
		assertThat(ids(client, INTENTS + "?id__in=" + paidId + "," + waitingId)).containsExactly(waitingId, paidId);
		// the payment that settled last was updated last
		assertThat(ids(client, INTENTS + "?ordering=-updated_at").getFirst()).isEqualTo(paidId);
		assertThat(ids(client, INTENTS + "?ordering=updated_at").getLast()).isEqualTo(paidId);
		// (the spec's list declares no 400: a malformed filter is answered as every list answers one)
		client.unchecked().get(INTENTS + "?ordering=amount").assertError(400, "invalid_choice", "ordering");
		client.unchecked().get(INTENTS + "?search=ab").assertError(400, "min_length", "search");
		client.unchecked().get(INTENTS + "?status=PAID").assertError(400, "invalid_choice", "status");

		String charges = "/payments/br/charges/";
		assertThat(ids(client, charges)).hasSize(2);
		assertThat(ids(client, charges + "?status=SUCCEEDED")).hasSize(1);
		assertThat(ids(client, charges + "?status__in=FAILED,CANCELED")).hasSize(1);
		assertThat(ids(client, charges + "?payment_intent=" + paidId)).hasSize(1);
		assertThat(ids(client, charges + "?payment_intent__in=" + paidId + "," + rejectedId)).hasSize(2);
		assertThat(ids(client, charges + "?amount__lt=50")).hasSize(1);
		assertThat(ids(client, INTENTS + rejectedId + "/charges/?status=FAILED")).hasSize(1);
		assertThat(ids(client, INTENTS + rejectedId + "/charges/?status=SUCCEEDED")).isEmpty();
		client.get(INTENTS + UUID.randomUUID() + "/charges/").assertStatus(404);

		String transactions = "/payments/br/transactions/";
		String chargeId = Payments.get(client, paidId).get("charges").get(0).get("id").asString();
		List<String> all = ids(client, transactions);
		assertThat(all).hasSize(1);
		for (String query : List.of("charge=" + chargeId, "payment_intent=" + paidId, "customer=" + customer,
				"beneficiary=" + account, "transaction__type=INFLOW", "currency=BRL", "description=Training%20shoes",
				"amount=100.00", "amount__range=99,101")) {
			assertThat(ids(client, transactions + "?" + query)).as(query).isEqualTo(all);
		}
		for (String query : List.of("customer=" + other, "transaction__type=OUTFLOW", "payer=" + account,
				"amount__gt=100")) {
			assertThat(ids(client, transactions + "?" + query)).as(query).isEmpty();
		}
		JsonNode transaction = client.get(transactions + all.getFirst() + "/").assertStatus(200).json();
		assertThat(transaction.get("charge").asString()).isEqualTo(chargeId);
		assertThat(transaction.get("payer").isEmpty()).isTrue();
	}

	private static List<String> ids(ApiClient client, String path) {
		JsonNode page = client.get(path).assertStatus(200).json();
		List<String> ids = new ArrayList<>();
		page.get("results").forEach(item -> ids.add(item.get("id").asString()));
		assertThat(page.get("count").asInt()).isEqualTo(ids.size());
		return ids;
	}

}
