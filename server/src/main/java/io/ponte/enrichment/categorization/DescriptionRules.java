package io.ponte.enrichment.categorization;

import java.util.List;

/**
 * The statement texts banks print for movements that are not purchases at a merchant: payroll, benefits, fees,
 * interest, transfers, savings, loans, taxes, cash. Each rule says, for a country, a direction and (when it
 * matters) the kind of counterparty, which text prefix means which category; the first rule that matches wins,
 * so the specific ones ({@code SPEI ENVIADO RENTA}) come before the general ones ({@code SPEI ENVIADO}).
 */
final class DescriptionRules {

	/** Money in, money out, or either. */
	enum Direction {

		IN, OUT, ANY

	}

	/** The counterparty a rule needs: a company, a person, or none in particular. */
	enum Party {

		COMPANY, INDIVIDUAL, ANY

	}

	/** One rule: {@code prefix} is normalized ({@link BankText}); the name explains the decision. */
	record Rule(String country, Direction direction, Party party, String prefix, String category,
			String subcategory) {

		boolean matches(String country, boolean inflow, String counterpartyType, String text) {
			return this.country.equals(country)
					&& (this.direction == Direction.ANY || (this.direction == Direction.IN) == inflow)
					&& (this.party == Party.ANY || this.party.name().equals(counterpartyType))
					&& text.startsWith(this.prefix)
					&& (text.length() == this.prefix.length() || text.charAt(this.prefix.length()) == ' ');
		}

		/**
		 * Whether the answer only names the channel (a transfer, a deposit, a company's transfer called freelance
		 * income), so that words later in the text may say more.
		 */
		boolean generic() {
			return "Transfers".equals(this.category) || "Deposits".equals(this.category)
					|| this.party == Party.COMPANY;
		}

		String name() {
			return this.country + " '" + this.prefix + "'" + (this.party == Party.ANY ? "" : " from a " + this.party);
		}

	}

	private static final Direction IN = Direction.IN;

	private static final Direction OUT = Direction.OUT;

	private static final Direction ANY = Direction.ANY;

	static final List<Rule> RULES = List.of(
			// Brazil: card bill, credit and overdraft
			rule("BR", IN, "PAGAMENTO RECEBIDO", "Credits & Loans", "Credit Card"),
			rule("BR", OUT, "PAGAMENTO FATURA", "Credits & Loans", "Credit Card"),
			rule("BR", OUT, "JUROS", "Credits & Loans", "Interest & Charges"),
			rule("BR", OUT, "ENCARGOS", "Credits & Loans", "Interest & Charges"),
			rule("BR", OUT, "MULTA", "Fees & Charges", "Bank Fees"),
			rule("BR", OUT, "TARIFA", "Fees & Charges", "Bank Fees"),
			rule("BR", OUT, "IOF", "Taxes", "Government Fees"),
			rule("BR", ANY, "PARCELA EMPRESTIMO", "Credits & Loans", "Personal"),
			rule("BR", ANY, "AMORTIZACAO PARCELA", "Credits & Loans", "Personal"),
			// Brazil: income
			rule("BR", IN, "CRED INSS", "Income & Payments", "Retirement"),
			rule("BR", IN, "CRED SALARIO", "Income & Payments", "Salary"),
			rule("BR", IN, "CRED ## SALARIO", "Income & Payments", "Salary"),
			rule("BR", IN, "CRED FERIAS", "Income & Payments", "Salary"),
			rule("BR", IN, "CRED RESCISAO", "Income & Payments", "Salary"),
			rule("BR", IN, "ADIANTAMENTO SALARIAL", "Income & Payments", "Salary"),
			rule("BR", IN, "AUXILIO", "Income & Payments", "Government"),
			rule("BR", IN, "BOLSA FAMILIA", "Income & Payments", "Government"),
			rule("BR", IN, "SEGURO DESEMPREGO", "Income & Payments", "Government"),
			rule("BR", IN, "TED RECEBIDA CAIXA ECONOMICA FEDERAL FGTS", "Income & Payments", "Salary"),
			rule("BR", IN, "DEPOSITO", "Deposits", null),
			// Brazil: savings and investments
			rule("BR", ANY, "RENDIMENTO POUPANCA", "Investments & Savings", "Interest"),
			rule("BR", ANY, "RESGATE POUPANCA", "Investments & Savings", "Savings"),
			rule("BR", ANY, "TRANSF PARA POUPANCA", "Investments & Savings", "Savings"),
			rule("BR", ANY, "TRANSF DA CONTA CORRENTE", "Investments & Savings", "Savings"),
			rule("BR", ANY, "RESGATE CDB", "Investments & Savings", "Fixed income"),
			rule("BR", ANY, "APLICACAO CDB", "Investments & Savings", "Fixed income"),
			rule("BR", ANY, "APLICACAO FUNDO", "Investments & Savings", "Investment Funds"),
			rule("BR", ANY, "RESGATE FUNDO", "Investments & Savings", "Investment Funds"),
			// Brazil: bills, taxes, cash, transfers
			rule("BR", OUT, "BOLETO ALUGUEL", "Bills & Utilities", "Rent"),
			rule("BR", OUT, "BOLETO COLEGIO", "Home & Life", "Education"),
			rule("BR", OUT, "BOLETO ESCOLA", "Home & Life", "Education"),
			rule("BR", OUT, "RECARGA CELULAR", "Bills & Utilities", "Telecommunications"),
			rule("BR", OUT, "PAGTO IPTU", "Taxes", "Real Estate Tax & Fees"),
			rule("BR", OUT, "PAGTO IPVA", "Taxes", "Auto Tax & Fees"),
			rule("BR", OUT, "DARF", "Taxes", "Income Tax"),
			rule("BR", OUT, "COMPRA DE CAMBIO", "Transport & Travel", "Other"),
			rule("BR", OUT, "SAQUE", "Withdrawal & ATM", null),
			rule("BR", ANY, "CRED DIVERSOS", "Unknown", null), rule("BR", ANY, "DEB DIVERSOS", "Unknown", null),
			rule("BR", IN, Party.COMPANY, "PIX RECEBIDO", "Income & Payments", "Freelance"),
			rule("BR", IN, Party.COMPANY, "TED RECEBIDA", "Income & Payments", "Freelance"),
			rule("BR", ANY, "PIX", "Transfers", null), rule("BR", ANY, "TED", "Transfers", null),
			rule("BR", ANY, "DOC", "Transfers", null), rule("BR", ANY, "TRANSF", "Transfers", null),
			// Mexico: card, credit and fees
			rule("MX", IN, "PAGO RECIBIDO", "Credits & Loans", "Credit Card"),
			rule("MX", OUT, "PAGO TARJETA", "Credits & Loans", "Credit Card"),
			rule("MX", ANY, "PAGO CREDITO", "Credits & Loans", "Personal"),
			rule("MX", ANY, "AMORTIZACION", "Credits & Loans", "Personal"),
			rule("MX", OUT, "INTERESES", "Credits & Loans", "Interest & Charges"),
			rule("MX", OUT, "COMISION", "Fees & Charges", "Bank Fees"),
			rule("MX", IN, "INTERESES GANADOS", "Investments & Savings", "Interest"),
			// Mexico: income
			rule("MX", IN, "DEPOSITO DE NOMINA", "Income & Payments", "Salary"),
			rule("MX", IN, "AGUINALDO PENSION", "Income & Payments", "Retirement"),
			rule("MX", IN, "AGUINALDO", "Income & Payments", "Salary"),
			rule("MX", IN, "FINIQUITO", "Income & Payments", "Salary"),
			rule("MX", IN, "LIQUIDACION", "Income & Payments", "Salary"),
			rule("MX", IN, "PTU", "Income & Payments", "Salary"),
			rule("MX", IN, "NOMINA", "Income & Payments", "Salary"),
			rule("MX", IN, "PENSION IMSS", "Income & Payments", "Retirement"),
			rule("MX", IN, "PENSION ISSSTE", "Income & Payments", "Retirement"),
			rule("MX", IN, "PENSION BIENESTAR", "Income & Payments", "Government"),
			rule("MX", IN, "BECA", "Income & Payments", "Government"),
			rule("MX", IN, "DEPOSITO", "Deposits", null),
			// Mexico: savings, bills, taxes, cash, transfers
			rule("MX", ANY, "TRASPASO A AHORRO", "Investments & Savings", "Savings"),
			rule("MX", ANY, "TRASPASO DE AHORRO", "Investments & Savings", "Savings"),
			rule("MX", ANY, "TRASPASO DE CUENTA DE CHEQUES", "Investments & Savings", "Savings"),
			rule("MX", OUT, "RECARGA TIEMPO AIRE", "Bills & Utilities", "Telecommunications"),
			rule("MX", OUT, "PAGO REFRENDO", "Taxes", "Auto Tax & Fees"),
			rule("MX", OUT, "PAGO TENENCIA", "Taxes", "Auto Tax & Fees"),
			rule("MX", OUT, "PAGO PREDIAL", "Taxes", "Real Estate Tax & Fees"),
			rule("MX", OUT, "PAGO SAT", "Taxes", "Income Tax"),
			rule("MX", OUT, "RETIRO", "Withdrawal & ATM", null),
			rule("MX", ANY, "ABONO VARIOS", "Unknown", null), rule("MX", ANY, "CARGO VARIOS", "Unknown", null),
			rule("MX", OUT, "SPEI ENVIADO RENTA", "Bills & Utilities", "Rent"),
			rule("MX", OUT, "SPEI ENVIADO COLEGIATURA", "Home & Life", "Education"),
			rule("MX", IN, Party.COMPANY, "SPEI RECIBIDO", "Income & Payments", "Freelance"),
			rule("MX", ANY, "SPEI", "Transfers", null), rule("MX", ANY, "TRASPASO", "Transfers", null),
			rule("MX", ANY, "TRANSFERENCIA", "Transfers", null),
			// Chile: the texts of BancoEstado, Banco de Chile and Santander statements
			rule("CL", IN, "REMUNERACION", "Income & Payments", "Salary"),
			rule("CL", IN, "ABONO REMUNERACION", "Income & Payments", "Salary"),
			rule("CL", IN, "PENSION", "Income & Payments", "Retirement"),
			rule("CL", IN, "BONO", "Income & Payments", "Government"),
			rule("CL", OUT, "GIRO", "Withdrawal & ATM", null),
			rule("CL", OUT, "COMISION", "Fees & Charges", "Bank Fees"),
			rule("CL", OUT, "INTERESES", "Credits & Loans", "Interest & Charges"),
			rule("CL", ANY, "PAGO TARJETA", "Credits & Loans", "Credit Card"),
			rule("CL", IN, "DEPOSITO", "Deposits", null),
			rule("CL", ANY, "TRANSFERENCIA", "Transfers", null), rule("CL", ANY, "TRASPASO", "Transfers", null),
			rule("CL", ANY, "TEF", "Transfers", null), rule("CL", ANY, "TRANSF", "Transfers", null));

	private DescriptionRules() {
	}

	/** The first rule matching, or null. */
	static Rule first(String country, boolean inflow, String counterpartyType, String text) {
		for (Rule rule : RULES) {
			if (rule.matches(country, inflow, counterpartyType, text)) {
				return rule;
			}
		}
		return null;
	}

	private static Rule rule(String country, Direction direction, String prefix, String category,
			String subcategory) {
		return new Rule(country, direction, Party.ANY, prefix, category, subcategory);
	}

	private static Rule rule(String country, Direction direction, Party party, String prefix, String category,
			String subcategory) {
		return new Rule(country, direction, party, prefix, category, subcategory);
	}

}
