package io.ponte.enrichment.categorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Chilean statements: the brands people pay in CLP and the words Chilean banks print around them. */
class ChileanCategorizationTests {

	private final TransactionCategorizer categorizer = new TransactionCategorizer();

	private ObjectNode categorized(String description, String type, String counterparty) {
		ObjectNode tx = JsonNodeFactory.instance.objectNode();
		tx.put("description", description);
		tx.put("type", type);
		tx.put("currency", "CLP");
		tx.putNull("mcc");
		if (counterparty == null) {
			tx.putNull("counterparty");
		}
		else {
			tx.putObject("counterparty").put("type", counterparty);
		}
		this.categorizer.enrich(List.of(tx), "CL");
		return tx;
	}

	private String merchant(String description) {
		return categorized(description, "OUTFLOW", null).at("/merchant/merchant_name").asString(null);
	}

	@Test
	void chileanBrandsAreKnownBehindTheChannelWordsOfChileanBanks() {
		ObjectNode lider = categorized("COMPRA NACIONAL EXPRESS DE LIDER 0452 SANTIAGO", "OUTFLOW", null);
		assertThat(lider.get("subcategory").asString()).isEqualTo("Groceries");
		assertThat(lider.at("/merchant/merchant_name").asString()).isEqualTo("Express de Líder");
		assertThat(lider.at("/merchant/logo").asString()).isEqualTo("https://www.lider.cl/favicon.ico");
		assertThat(merchant("COMPRA REDCOMPRA CRUZ VERDE 0231")).isEqualTo("Cruz Verde");
		assertThat(merchant("COMPRA NAC COPEC 1234 RANCAGUA")).isEqualTo("Copec");
		assertThat(merchant("COMPRA NAC PRONTO COPEC 1234")).isEqualTo("Pronto Copec");
		assertThat(merchant("PAC ENEL DISTRIBUCION CHILE")).isEqualTo("Enel");
		assertThat(merchant("PAC AGUAS ANDINAS SA")).isEqualTo("Aguas Andinas");
		assertThat(merchant("CARGO AUTOMATICO ENTEL PCS")).isEqualTo("Entel");
		assertThat(merchant("PAT VTR BANDA ANCHA")).isEqualTo("VTR");
		assertThat(merchant("COMPRA INTERNACIONAL NETFLIX.COM")).isEqualTo("Netflix");
		assertThat(merchant("COMPRA NACIONAL UBER *TRIP")).isEqualTo("Uber");
		assertThat(categorized("COMPRA NACIONAL AUTOPISTA CENTRAL", "OUTFLOW", null).get("subcategory").asString())
			.isEqualTo("Parking & Tolls");
		assertThat(categorized("CARGO AUTOMATICO ISAPRE COLMENA", "OUTFLOW", null).get("subcategory").asString())
			.isEqualTo("Health & Life Insurance");
	}

	@Test
	void chileanTransfersPayAndBillsReadAsTheyMean() {
		assertThat(categorized("TRANSFERENCIA DE JUAN PEREZ SOTO", "INFLOW", "INDIVIDUAL").get("category")
			.asString()).isEqualTo("Transfers");
		assertThat(categorized("TEF A CAMILA ROJAS", "OUTFLOW", "INDIVIDUAL").get("category").asString())
			.isEqualTo("Transfers");
		assertThat(categorized("ABONO REMUNERACIONES MINERA DEL NORTE SPA", "INFLOW", "COMPANY")
			.get("subcategory").asString()).isEqualTo("Salary");
		assertThat(categorized("PAGO DIVIDENDO 014/240", "OUTFLOW", null).get("subcategory").asString())
			.as("a Chilean mortgage instalment is a dividendo").isEqualTo("Mortgage");
		assertThat(categorized("GIRO CAJERO AUTOMATICO", "OUTFLOW", null).get("category").asString())
			.isEqualTo("Withdrawal & ATM");
		assertThat(categorized("PAGO PERMISO DE CIRCULACION 2026", "OUTFLOW", null).get("subcategory").asString())
			.isEqualTo("Auto Tax & Fees");
		assertThat(categorized("IMPUESTO TIMBRES Y ESTAMPILLAS", "OUTFLOW", null).get("subcategory").asString())
			.isEqualTo("Government Fees");
		assertThat(categorized("PAGO IMPUESTO RENTA SII", "OUTFLOW", null).get("subcategory").asString())
			.as("in Chile renta is income, not rent").isEqualTo("Income Tax");
	}

}
