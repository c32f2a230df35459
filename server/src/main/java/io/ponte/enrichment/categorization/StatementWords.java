package io.ponte.enrichment.categorization;

import static io.ponte.enrichment.categorization.DescriptionRules.Direction.ANY;
import static io.ponte.enrichment.categorization.DescriptionRules.Direction.IN;
import static io.ponte.enrichment.categorization.DescriptionRules.Direction.OUT;

import io.ponte.enrichment.categorization.DescriptionRules.Direction;
import io.ponte.enrichment.categorization.Lexicon.Group;
import java.util.List;

/**
 * The words of Portuguese and Spanish banking that say what a movement is wherever the bank puts them: each bank
 * words the same salary credit, fee or loan instalment its own way ({@code CRED SALARIO}, {@code PAGAMENTO DE
 * SALARIO}, {@code DEP NOMINA}, {@code ABONO REMUNERACIONES}), but the word that carries the meaning is shared.
 * Read after the statement-text rules ({@link DescriptionRules}) and the merchant dictionary; groups marked
 * {@code refines} may also sharpen a generic answer of those rules (a transfer whose concept says {@code RENTA},
 * a deposit of {@code REMUNERACIONES}). The first matching group in this order wins. Short words that are also
 * names or places ({@code RETIRO}, {@code GIRO}, {@code TED}) count only as the text's first word ({@code ^}).
 */
final class StatementWords {

	private static Group g(String countries, Direction direction, String category, String subcategory,
			boolean refines, String... phrases) {
		return new Group(countries, direction, category, subcategory, refines, phrases);
	}

	static final Lexicon LEXICON = new Lexicon(List.of(
			// money back: a tax return, then a merchant's refund
			g("*", IN, "Taxes", "Tax Return", true, "RESTITUICAO*", "DEVOLUCAO IR", "DEVOLUCION DE IMPUESTO*",
					"DEVOLUCION IMPUESTO*", "DEVOLUCION SAT", "DEVOLUCION ISR", "OPERACION RENTA"),
			g("*", IN, "Fees & Charges", "Refund", false, "ESTORNO*", "REEMBOLSO*", "REVERSA", "REVERSO",
					"REVERSION", "ANULACION", "DEVOLUCION DE COMPRA", "DEVOLUCION COMPRA", "DEVOLUCAO DE COMPRA",
					"COMPRA CANCELADA", "CANCELAMENTO DE COMPRA"),
			g("*", IN, "Fees & Charges", "Chargeback", false, "CONTRACARGO", "CHARGEBACK"),
			g("MX CL", IN, "Credits & Loans", "Pay Advance", true, "ADELANTO DE NOMINA", "ADELANTO NOMINA",
					"ANTICIPO DE NOMINA", "ADELANTO DE SUELDO"),
			// insurance premiums, by what they cover
			g("*", OUT, "Insurance", "Auto Insurance", true, "SEGURO AUTO*", "SEGURO DE AUTO*", "SEGURO VEICULO",
					"SEGURO VEHICULO", "SEGURO CARRO"),
			g("*", OUT, "Insurance", "Health & Life Insurance", true, "SEGURO VIDA", "SEGURO DE VIDA",
					"SEGURO SAUDE", "PLANO DE SAUDE", "PLANO SAUDE", "SEGURO MEDICO", "GASTOS MEDICOS",
					"SEGURO DE SALUD", "SEGURO SALUD", "ISAPRE"),
			g("*", OUT, "Insurance", "Home Insurance", true, "SEGURO RESIDENCIAL", "SEGURO HOGAR", "SEGURO DE HOGAR",
					"SEGURO CASA", "SEGURO INCENDIO"),
			g("*", OUT, "Insurance", null, true, "SEGURO", "SEGUROS"),
			// credit: paying the card bill, interest, loans by kind
			g("*", OUT, "Credits & Loans", "Credit Card", true, "PAGO TDC", "PAGO A TDC", "PAGO TC", "PAGO TARJ",
					"PAGO TARJETA", "PAGO A TARJETA", "PAGO DE TARJETA", "TARJETA DE CREDITO", "TARJ CRED",
					"FATURA CARTAO", "FATURA DO CARTAO", "PAG FATURA", "PAGTO FATURA"),
			g("*", OUT, "Credits & Loans", "Interest & Charges", false, "JUROS", "INTERES", "INTERESES",
					"ENCARGOS"),
			g("*", ANY, "Credits & Loans", "Mortgage", true, "HIPOTECARIO", "HIPOTECA", "HABITACIONAL",
					"FINANCIAMENTO IMOBILIARIO", "CREDITO IMOBILIARIO", "CREDITO HIPOTECARIO"),
			g("CL", OUT, "Credits & Loans", "Mortgage", true, "DIVIDENDO"),
			g("*", ANY, "Credits & Loans", "Auto", true, "FINANCIAMENTO VEICULO", "FINANCIAMENTO DE VEICULO",
					"CREDITO AUTOMOTRIZ", "CREDITO AUTO", "CREDITO VEHICULAR", "FINANCIAMIENTO AUTOMOTRIZ",
					"PRESTAMO AUTOMOTRIZ", "CREDITO VEICULO"),
			g("*", ANY, "Credits & Loans", "Personal", true, "EMPRESTIMO*", "PRESTAMO*", "FINANCIAMENTO",
					"FINANCIAMIENTO", "CREDITO CONSUMO", "CREDITO DE CONSUMO", "CREDITO PESSOAL", "CREDITO PERSONAL",
					"CONSIGNADO", "AMORTIZACAO", "AMORTIZACION", "ABONO A CAPITAL", "PAGO CREDITO", "CUOTA CREDITO",
					"OTORGAMIENTO", "DISPOSICION DE CREDITO", "LIBERACAO DE CREDITO", "LINEA DE CREDITO"),
			// income
			g("*", IN, "Income & Payments", "Government", true, "ABONO SALARIAL", "PGU", "PENSION GARANTIZADA",
					"BIENESTAR", "BOLSA FAMILIA", "AUXILIO", "BONO", "SUBSIDIO", "APORTE FAMILIAR", "BECA",
					"SEGURO DESEMPREGO"),
			g("*", IN, "Income & Payments", "Retirement", true, "APOSENTADORIA", "PENSAO", "PENSION", "JUBILACION",
					"INSS", "RENTA VITALICIA"),
			g("*", IN, "Income & Payments", "Salary", true, "SALARIO*", "NOMINA", "REMUNERACION*", "SUELDO*",
					"FOLHA DE PAGAMENTO", "FOLHA PAGAMENTO", "FINIQUITO", "AGUINALDO"),
			g("*", IN, "Income & Payments", "Freelance", true, "HONORARIOS"),
			// fees and taxes
			g("*", OUT, "Fees & Charges", "Bank Fees", false, "TARIFA*", "^TAR", "CESTA DE SERVICOS", "ANUIDADE",
					"ANUALIDAD", "COMISION*", "COMISSAO", "MANTENCION", "PACOTE DE SERVICOS", "CARGO POR"),
			g("*", OUT, "Taxes", "Government Fees", false, "IOF", "IMPUESTO TIMBRE*", "IMPTO TIMBRE*",
					"TIMBRES Y ESTAMPILLAS"),
			g("*", OUT, "Taxes", "Auto Tax & Fees", false, "IPVA", "TENENCIA", "REFRENDO", "PERMISO DE CIRCULACION",
					"PERMISO CIRCULACION", "LICENCIAMENTO", "DETRAN"),
			g("*", OUT, "Taxes", "Real Estate Tax & Fees", false, "IPTU", "PREDIAL", "CONTRIBUCIONES"),
			g("*", OUT, "Taxes", "Income Tax", false, "DARF", "IMPOSTO DE RENDA", "IMPUESTO RENTA",
					"IMPUESTO A LA RENTA", "PAGO SAT", "IMPUESTO SAT", "IMPUESTOS SAT", "ISR", "PAGO DE IMPUESTOS",
					"PAGO IMPUESTOS"),
			// savings and investments
			g("*", IN, "Investments & Savings", "Interest", true, "INTERESES GANADOS", "RENDIMENTO*", "^REND",
					"RENDIMIENTO*", "INTERESES", "INTERES", "JUROS"),
			g("*", ANY, "Investments & Savings", "Investment Funds", true, "FONDO MUTUO", "FONDOS MUTUOS",
					"FONDO DE INVERSION", "FONDOS DE INVERSION", "FUNDO", "FUNDOS"),
			g("*", ANY, "Investments & Savings", "Fixed income", true, "DEPOSITO A PLAZO", "CDB", "LCI", "LCA",
					"TESOURO", "RENDA FIXA", "CETES", "PAGARE", "APLICACAO*", "APLIC", "RESGATE"),
			g("*", ANY, "Investments & Savings", "Equity", true, "ACOES", "ACCIONES", "BOLSA DE VALORES"),
			g("*", ANY, "Investments & Savings", "Savings", true, "POUPANCA", "CUENTA DE AHORRO*",
					"CUENTA AHORRO*", "A AHORRO", "DE AHORRO"),
			// rent, cash, deposits, prepaid phone credit
			g("*", OUT, "Bills & Utilities", "Rent", true, "ALUGUEL", "ARRIENDO", "IMOBILIARIA", "INMOBILIARIA"),
			g("MX", OUT, "Bills & Utilities", "Rent", true, "RENTA"),
			g("*", OUT, "Withdrawal & ATM", null, false, "^SAQUE", "^RETIRO", "^GIRO", "^ATM", "AVANCE EN EFECTIVO",
					"AVANCE EFECTIVO", "DISPOSICION EFECTIVO", "DISPOSICION DE EFECTIVO"),
			g("*", IN, "Deposits", null, false, "DEPOSITO", "^DEP"),
			g("*", OUT, "Bills & Utilities", "Telecommunications", true, "RECARGA CELULAR", "RECARGA PRE PAGO",
					"RECARGA PREPAGO", "RECARGA TIEMPO AIRE", "RECARGA TELEFONICA", "TIEMPO AIRE"),
			// transfers last: the concept of a transfer is stronger than its channel
			g("*", ANY, "Transfers", null, false, "PIX", "^TED", "^DOC", "^TEF", "^TEV", "SPEI", "TRANSFERENCIA*",
					"TRANSF", "TRASPASO*", "INTERBANCARIO*")));

	private StatementWords() {
	}

}
