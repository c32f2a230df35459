package io.ponte.connectors.sandbox;

/**
 * Who paid a credit, as the bank shows the counterparty: the same employer or agency always has the same name and
 * document, so counterparty-based income detection can group its credits.
 *
 * @param name upper-case ASCII, as statements print it
 * @param document CNPJ or CPF (digits) in Brazil, RFC in Mexico
 * @param company whether the payer is a company or agency rather than a person
 * @param bankCode the payer's bank (COMPE or CLABE prefix), or null when the statement does not show it
 */
record Payer(String name, String document, boolean company, String bankCode) {
}
