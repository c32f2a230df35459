package io.ponte.enrichment.categorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The categorizer on transactions as banks print them, one rule of each kind. */
class TransactionCategorizerTests {

	private final TransactionCategorizer categorizer = new TransactionCategorizer();

	private static ObjectNode transaction(String description, String type, Integer mcc, String counterpartyType) {
		ObjectNode tx = JsonNodeFactory.instance.objectNode();
		tx.put("description", description);
		tx.put("type", type);
		tx.put("mcc", mcc);
		if (counterpartyType == null) {
			tx.putNull("counterparty");
		}
		else {
			tx.putObject("counterparty").put("type", counterpartyType);
		}
		tx.putNull("category");
		tx.putNull("subcategory");
		tx.putNull("merchant");
		return tx;
	}

	private ObjectNode enriched(String country, ObjectNode tx) {
		this.categorizer.enrich(List.of(tx), country);
		return tx;
	}

	@Test
	void aCardPurchaseAtAKnownMerchantNamesTheMerchantWithItsSiteAndLogo() {
		ObjectNode tx = enriched("BR", transaction("COMPRA CARTAO CARREFOUR 0123 CAMPINAS", "OUTFLOW", 5411, null));
		assertThat(tx.get("category").asString()).isEqualTo("Food & Groceries");
		assertThat(tx.get("subcategory").asString()).isEqualTo("Groceries");
		assertThat(tx.at("/merchant/merchant_name").asString()).isEqualTo("Carrefour");
		assertThat(tx.at("/merchant/website").asString()).isEqualTo("https://www.carrefour.com.br");
		assertThat(tx.at("/merchant/logo").asString()).isEqualTo("https://www.carrefour.com.br/favicon.ico");
	}

	@Test
	void anUnknownShopIsCategorizedByItsMerchantCategoryCodeAndNamedByItsDescriptorWithoutAWebsite() {
		ObjectNode tx = enriched("MX", transaction("COMPRA TDD FARMACIA DON PEPE 12 ****4821", "OUTFLOW", 5912, null));
		assertThat(tx.get("category").asString()).isEqualTo("Home & Life");
		assertThat(tx.get("subcategory").asString()).isEqualTo("Pharmacies");
		assertThat(tx.at("/merchant/merchant_name").asString()).isEqualTo("Farmacia Don Pepe");
		assertThat(tx.at("/merchant/website").isNull()).isTrue();
		assertThat(tx.at("/merchant/logo").isNull()).isTrue();
		ObjectNode small = enriched("BR", transaction("PAG*ZEDOCAFE 01/03", "OUTFLOW", 5814, null));
		assertThat(small.at("/merchant/merchant_name").asString()).isEqualTo("Zedocafe");
	}

	@Test
	void transfersAreTransfersUnlessACompanyPaysThem() {
		assertThat(enriched("BR", transaction("PIX ENVIADO MARIA SOUZA", "OUTFLOW", null, "INDIVIDUAL"))
			.get("category").asString()).isEqualTo("Transfers");
		assertThat(enriched("MX", transaction("SPEI RECIBIDO JUAN PEREZ", "INFLOW", null, "INDIVIDUAL"))
			.get("category").asString()).isEqualTo("Transfers");
		ObjectNode client = enriched("MX",
				transaction("SPEI RECIBIDO DESPACHO CONTABLE ORTEGA SC", "INFLOW", null, "COMPANY"));
		assertThat(client.get("category").asString()).isEqualTo("Income & Payments");
		assertThat(client.get("subcategory").asString()).isEqualTo("Freelance");
	}

	private static ObjectNode on(ObjectNode tx, String date, String amount) {
		tx.put("value_date", date);
		tx.put("amount", new java.math.BigDecimal(amount));
		return tx;
	}

	@Test
	void aPersonWhoPaysInThreeMonthsAndIsNeverPaidIsAClientAndAFixedMonthlyPaymentToAPersonIsRent() {
		List<ObjectNode> history = List.of(
				on(transaction("PIX RECEBIDO ANA LIMA", "INFLOW", null, "INDIVIDUAL"), "2026-08-10", "800.00"),
				on(transaction("PIX RECEBIDO ANA LIMA", "INFLOW", null, "INDIVIDUAL"), "2026-09-12", "650.00"),
				on(transaction("PIX RECEBIDO ANA LIMA", "INFLOW", null, "INDIVIDUAL"), "2026-10-09", "900.00"),
				on(transaction("PIX RECEBIDO JOAO REIS", "INFLOW", null, "INDIVIDUAL"), "2026-08-03", "50.00"),
				on(transaction("PIX RECEBIDO JOAO REIS", "INFLOW", null, "INDIVIDUAL"), "2026-09-03", "50.00"),
				on(transaction("PIX RECEBIDO JOAO REIS", "INFLOW", null, "INDIVIDUAL"), "2026-10-03", "50.00"),
				on(transaction("PIX ENVIADO JOAO REIS", "OUTFLOW", null, "INDIVIDUAL"), "2026-10-04", "20.00"),
				on(transaction("PIX ENVIADO CARLA DIAS", "OUTFLOW", null, "INDIVIDUAL"), "2026-08-05", "1500.00"),
				on(transaction("PIX ENVIADO CARLA DIAS", "OUTFLOW", null, "INDIVIDUAL"), "2026-09-05", "1500.00"),
				on(transaction("PIX ENVIADO CARLA DIAS", "OUTFLOW", null, "INDIVIDUAL"), "2026-10-06", "1550.00"));
		this.categorizer.enrich(history, "BR");
		assertThat(history.subList(0, 3)).allSatisfy(t -> assertThat(t.get("subcategory").asString()).isEqualTo("Freelance"));
		assertThat(history.subList(3, 7)).allSatisfy(t -> assertThat(t.get("category").asString()).isEqualTo("Transfers"));
		assertThat(history.subList(7, 10)).allSatisfy(t -> assertThat(t.get("subcategory").asString()).isEqualTo("Rent"));
	}

	@Test
	void theMostSpecificTextRuleWinsAndDirectionMatters() {
		assertThat(enriched("MX", transaction("SPEI ENVIADO RENTA LUIS GOMEZ", "OUTFLOW", null, "INDIVIDUAL"))
			.get("subcategory").asString()).isEqualTo("Rent");
		assertThat(enriched("BR", transaction("CRED 13 SALARIO PADARIA TRIGO LTDA 12345678000190", "INFLOW", null,
				"COMPANY"))
			.get("subcategory").asString()).isEqualTo("Salary");
		assertThat(enriched("MX", transaction("INTERESES GANADOS", "INFLOW", null, null)).get("category").asString())
			.isEqualTo("Investments & Savings");
		assertThat(enriched("MX", transaction("INTERESES ORDINARIOS", "OUTFLOW", null, null)).get("category")
			.asString()).isEqualTo("Credits & Loans");
	}

	@Test
	void aDirectDebitOfAUtilityIsRecognisedWithoutACode() {
		ObjectNode tx = enriched("MX", transaction("DOMICILIACION TELCEL", "OUTFLOW", null, null));
		assertThat(tx.get("category").asString()).isEqualTo("Bills & Utilities");
		assertThat(tx.at("/merchant/merchant_name").asString()).isEqualTo("Telcel");
	}

	@Test
	void accentsAndCaseDoNotMatterAndWhatNothingRecognisesIsUnknown() {
		assertThat(enriched("BR", transaction("Saque Banco 24Horas", "OUTFLOW", null, null)).get("category")
			.asString()).isEqualTo("Withdrawal & ATM");
		assertThat(enriched("BR", transaction("Depósito em dinheiro", "INFLOW", null, null)).get("category")
			.asString()).isEqualTo("Deposits");
		ObjectNode unknown = enriched("CL", transaction("XYZ 123", "OUTFLOW", null, null));
		assertThat(unknown.get("category").asString()).isEqualTo("Unknown");
		assertThat(unknown.get("subcategory").isNull()).isTrue();
	}

	@Test
	void aMarketplacesPrefixNamesTheMarketplaceWhicheverRestaurantFollowsIt() {
		ObjectNode tx = enriched("BR", transaction("COMPRA CARTAO DEB MC 21/03 IFD*CANTINA DA NONA", "OUTFLOW", null,
				null));
		assertThat(tx.get("subcategory").asString()).isEqualTo("Delivery");
		assertThat(tx.at("/merchant/merchant_name").asString()).isEqualTo("iFood");
	}

	@Test
	void aNameTheCardNetworkCutInsideAWordStillFindsItsMerchantButACutBetweenWordsDoesNot() {
		ObjectNode cut = enriched("BR", transaction("SUPERMERCADOS GUANABA RIO DE JANEIR BR", "OUTFLOW", null, null));
		assertThat(cut.at("/merchant/merchant_name").asString()).isEqualTo("Supermercados Guanabara");
		ObjectNode between = enriched("BR", transaction("DROGARIA SAO", "OUTFLOW", null, null));
		assertThat(between.at("/merchant/merchant_name").asString()).isEqualTo("Drogaria Sao");
		assertThat(between.at("/merchant/website").isNull()).isTrue();
	}

	@Test
	void punctuationAndTheSpacesAroundAnAcquirersStarDoNotMatter() {
		assertThat(enriched("BR", transaction("DEB.AUTOR. ENEL SP", "OUTFLOW", null, null))
			.at("/merchant/merchant_name").asString()).isEqualTo("Enel SP");
		assertThat(enriched("MX", transaction("UBER* TRIP HELP.UBER.COM", "OUTFLOW", null, null))
			.at("/merchant/merchant_name").asString()).isEqualTo("Uber");
		assertThat(enriched("MX", transaction("DLO*SPOTIFY", "OUTFLOW", null, null)).at("/merchant/merchant_name")
			.asString()).as("a known brand behind a facilitator's star").isEqualTo("Spotify");
	}

	@Test
	void aShopTheDictionaryDoesNotKnowIsCategorizedByTheWordsOfItsNameTheSpecificBeforeTheGeneral() {
		ObjectNode shop = enriched("MX", transaction("COMPRA TDD TLAPALERIA LOS PINOS 0042", "OUTFLOW", null, null));
		assertThat(shop.get("subcategory").asString()).isEqualTo("Home Decor & Appliances");
		assertThat(shop.at("/merchant/merchant_name").asString()).isEqualTo("Tlapaleria Los Pinos");
		assertThat(enriched("BR", transaction("PAG*DROGARIAFENIX", "OUTFLOW", null, null)).get("subcategory")
			.asString()).as("a glued name").isEqualTo("Pharmacies");
		assertThat(enriched("BR", transaction("CLINICA VETERINARIA BICHO BOM", "OUTFLOW", null, null))
			.get("subcategory").asString()).isEqualTo("Veterinary Services");
		assertThat(enriched("BR", transaction("CLINICA SAO LUCAS", "OUTFLOW", null, null)).get("subcategory")
			.asString()).isEqualTo("Health");
		assertThat(enriched("BR", transaction("PAG*PADARIAESTRELA", "OUTFLOW", 5999, null)).get("subcategory")
			.asString()).as("the code's answer comes first").isEqualTo("E-commerce");
	}

	@Test
	void theWordThatCarriesTheMeaningCountsWhereverTheBankPutsIt() {
		assertThat(enriched("BR", transaction("PAGAMENTO DE SALARIO PADARIA TRIGO LTDA", "INFLOW", null, "COMPANY"))
			.get("subcategory").asString()).isEqualTo("Salary");
		assertThat(enriched("MX", transaction("SPEI RECIBIDO BANORTE NOMINA 0115 TALLERES DEL NORTE SA DE CV",
				"INFLOW", null, "COMPANY"))
			.get("subcategory").asString()).as("pay, though a company's transfer").isEqualTo("Salary");
		assertThat(enriched("MX", transaction("PAGO CREDITO AUTOMOTRIZ 0042", "OUTFLOW", null, null))
			.get("subcategory").asString()).isEqualTo("Auto");
		assertThat(enriched("BR", transaction("IPTU 2026 PREFEITURA DE CAMPINAS", "OUTFLOW", null, null))
			.get("subcategory").asString()).isEqualTo("Real Estate Tax & Fees");
		assertThat(enriched("MX", transaction("SPEI ENVIADO HSBC RENTA DEPTO NOVIEMBRE", "OUTFLOW", null,
				"INDIVIDUAL"))
			.get("subcategory").asString()).isEqualTo("Rent");
		assertThat(enriched("BR", transaction("PIX ENVIADO PIZZARIA BELLA TORRE LTDA", "OUTFLOW", null, "COMPANY"))
			.get("subcategory").asString()).as("a Pix paid at a shop").isEqualTo("Restaurants");
		assertThat(enriched("BR", transaction("PIX ENVIADO CARLOS PIZZARIA", "OUTFLOW", null, "INDIVIDUAL"))
			.get("category").asString()).as("a person is not a shop").isEqualTo("Transfers");
	}

	@Test
	void shortWordsThatAreAlsoNamesCountOnlyAtTheStart() {
		assertThat(enriched("MX", transaction("RETIRO CAJERO AUTOMATICO 0102", "OUTFLOW", null, null))
			.get("category").asString()).isEqualTo("Withdrawal & ATM");
		assertThat(enriched("MX", transaction("HOTEL EL RETIRO", "OUTFLOW", null, null)).get("subcategory")
			.asString()).isEqualTo("Accommodation");
		assertThat(enriched("MX", transaction("FARM DEL AHORRO SUC 12", "OUTFLOW", null, null))
			.get("subcategory").asString()).as("a brand, not savings").isEqualTo("Pharmacies");
	}

	@Test
	void moneyInWithAMerchantCodeIsARefundUnlessTheCodeIsAMoneyCode() {
		ObjectNode refund = enriched("MX", transaction("COMPRA TDD LIVERPOOL INSURGENTES", "INFLOW", 5311, null));
		assertThat(refund.get("category").asString()).isEqualTo("Fees & Charges");
		assertThat(refund.get("subcategory").asString()).isEqualTo("Refund");
		assertThat(enriched("MX", transaction("WESTERN UNION 0042", "INFLOW", 4829, null)).get("category").asString())
			.isEqualTo("Transfers");
	}

}
