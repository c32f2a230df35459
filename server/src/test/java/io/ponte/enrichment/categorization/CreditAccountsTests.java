package io.ponte.enrichment.categorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The account a movement belongs to, where it says what the text cannot: credit cards and loans. */
class CreditAccountsTests {

	private final TransactionCategorizer categorizer = new TransactionCategorizer();

	private static ObjectNode on(String account, String description, String type, Integer mcc) {
		ObjectNode tx = JsonNodeFactory.instance.objectNode();
		tx.put("description", description);
		tx.put("type", type);
		tx.put("mcc", mcc);
		tx.putNull("counterparty");
		tx.putNull("credit_card_data");
		tx.putNull("loan_data");
		switch (account) {
			case "card" -> tx.putObject("credit_card_data").put("bill_name", "nov-2026");
			case "loan" -> tx.putObject("loan_data");
			default -> {
			}
		}
		return tx;
	}

	private String[] categorized(String country, ObjectNode tx) {
		this.categorizer.enrich(List.of(tx), country);
		return new String[] { tx.get("category").asString(), tx.path("subcategory").asString(null) };
	}

	@Test
	void moneyIntoACreditCardPaysItsBillWhateverTheIssuerPrints() {
		assertThat(categorized("MX", on("card", "SU PAGO GRACIAS", "INFLOW", null)))
			.containsExactly("Credits & Loans", "Credit Card");
		assertThat(categorized("BR", on("card", "PAGAMENTO EFETUADO", "INFLOW", null)))
			.containsExactly("Credits & Loans", "Credit Card");
		assertThat(categorized("MX", on("checking", "SU PAGO GRACIAS", "INFLOW", null)))
			.as("the same words on a checking account say nothing")
			.containsExactly("Unknown", null);
	}

	@Test
	void moneyBackFromAMerchantOnACardIsARefund() {
		assertThat(categorized("BR", on("card", "ESTORNO COMPRA PARCELADA", "INFLOW", null)))
			.containsExactly("Fees & Charges", "Refund");
		assertThat(categorized("BR", on("card", "PAG*LOJADOSOM", "INFLOW", 5732)))
			.containsExactly("Fees & Charges", "Refund");
	}

	@Test
	void interestAndFeesChargedOnACardAreReadFromTheirWords() {
		assertThat(categorized("CL", on("card", "INTERESES ROTATIVOS", "OUTFLOW", null)))
			.containsExactly("Credits & Loans", "Interest & Charges");
		assertThat(categorized("BR", on("card", "ANUIDADE DIFERENCIADA 03/12", "OUTFLOW", null)))
			.containsExactly("Fees & Charges", "Bank Fees");
		assertThat(categorized("BR", on("card", "PADARIA NOVA AURORA", "OUTFLOW", null)))
			.as("a purchase on a card is still a purchase")
			.containsExactly("Food & Groceries", "Bakery & Coffee");
	}

	@Test
	void everyMovementOfALoanAccountIsTheLoanOfItsKind() {
		assertThat(categorized("BR", on("loan", "PAGAMENTO PARCELA 07/36", "INFLOW", null)))
			.containsExactly("Credits & Loans", "Personal");
		assertThat(categorized("BR", on("loan", "LIBERACAO DE CREDITO", "OUTFLOW", null)))
			.containsExactly("Credits & Loans", "Personal");
		assertThat(categorized("BR", on("loan", "JUROS CONTRATUAIS", "OUTFLOW", null)))
			.containsExactly("Credits & Loans", "Interest & Charges");
		assertThat(categorized("CL", on("loan", "PAGO DIVIDENDO HIPOTECARIO 12/240", "INFLOW", null)))
			.containsExactly("Credits & Loans", "Mortgage");
		assertThat(categorized("BR", on("checking", "PAGAMENTO PARCELA 07/36", "INFLOW", null)))
			.as("an instalment received on a checking account is not known to be a loan")
			.containsExactly("Unknown", null);
	}

	@Test
	void aNestedAccountObjectSaysItsCategory() {
		ObjectNode tx = on("checking", "ABONO", "INFLOW", null);
		tx.putObject("account").put("category", "CREDIT_CARD");
		assertThat(categorized("MX", tx)).containsExactly("Credits & Loans", "Credit Card");
		tx.putObject("account").put("category", "CHECKING_ACCOUNT");
		assertThat(categorized("MX", tx)).containsExactly("Unknown", null);
	}

}
