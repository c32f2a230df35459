package io.ponte.connectors;

/** The banking resources a connector can fetch, named as in institutions' {@code resources}. */
public enum ResourceKind {

	OWNERS, ACCOUNTS, BALANCES, TRANSACTIONS, BILLS, INVESTMENTS, INVESTMENT_TRANSACTIONS, EXCHANGES

}
