package io.ponte.connectors.sandbox;

/**
 * What a person lives on. It decides which income streams a sandbox user has at all, so the population mixes
 * salaried people, freelancers, retirees, benefit recipients and people with no regular income, as real bank
 * customers do.
 */
enum IncomeKind {

	EMPLOYEE, SELF_EMPLOYED, RETIRED, BENEFICIARY, NONE

}
