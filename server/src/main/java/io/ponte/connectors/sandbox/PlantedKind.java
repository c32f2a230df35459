package io.ponte.connectors.sandbox;

/**
 * The situation a planted stream stands for, published with the truth so that a detector's score can be broken
 * down by it: a detector that finds monthly salaries but misses weekly pay, job changes or annual plans shows it
 * only when the streams say which is which. The spec's {@code type} and {@code frequency} cannot say it (a job
 * change is a salary; a weekly platform payout is freelance income).
 */
enum PlantedKind {

	// incomes

	/** A salary paid once a month in one credit. */
	SALARY_MONTHLY,
	/** Brazil: a monthly salary paid in two credits, the advance (adiantamento) and the balance. */
	SALARY_MONTHLY_WITH_ADVANCE,
	/** Twice a month (Mexico's quincena, the 15th and the last day). */
	SALARY_BIWEEKLY,
	/** Every Friday (Mexico's blue-collar raya). */
	SALARY_WEEKLY,
	/** A part-time job held beside the main one. */
	SECOND_JOB,
	/** A job that began or ended within the year before the truth's instant: a change, a first job, a loss. */
	JOB_CHANGE,
	/** Brazil's 13th salary (from a job or the INSS), in two instalments at the end of the year. */
	THIRTEENTH,
	/** Mexico's December bonus (from a job or the IMSS pension). */
	AGUINALDO,
	/** Mexico's profit sharing, in May. */
	PTU,
	/** Brazil's vacation pay, two days before the vacation. */
	VACATION_PAY,
	/** Rescission, finiquito, FGTS withdrawal: paid once when a job ends. */
	SEVERANCE,
	/** Brazil's seguro-desemprego, monthly for a few months after a dismissal. */
	UNEMPLOYMENT_INSURANCE,
	/** A freelancer's clients, companies and people, at no schedule. */
	FREELANCE,
	/** An employee's small irregular side income. */
	SIDE_GIG,
	/** A benefit recipient's odd jobs paid by people. */
	INFORMAL_WORK,
	/** A ride-hailing or delivery platform's weekly payout, its amount moving with the week's work. */
	PLATFORM_WEEKLY,
	/** An INSS or IMSS pension. */
	PENSION,
	/** A government transfer: Bolsa Família, BPC, Auxílio Gás, the Bienestar programmes. */
	GOVERNMENT,

	// recurring expenses

	RENT,
	/** A monthly utility bill whose amount follows consumption and season (electricity, water, piped gas). */
	VARIABLE_BILL,
	/** A utility billed every two months (Mexico's CFE, water and gas). */
	BIMONTHLY_BILL,
	/** Internet or a postpaid mobile plan. */
	TELECOM,
	/** A monthly streaming or app subscription. */
	SUBSCRIPTION,
	GYM,
	INSURANCE,
	/** Private school fees, with a month off a year. */
	SCHOOL_FEES,
	/** Brazil's IPTU, in monthly instalments over most of the year. */
	PROPERTY_TAX,
	/** Once a year: IPVA, the refrendo. */
	ANNUAL_TAX,
	/** A streaming, software or shopping plan paid once a year. */
	ANNUAL_SUBSCRIPTION,
	DONATION,
	LOAN_INSTALMENT,
	BANK_FEE,

	// decoys: planted to look like income or a recurring expense, and neither

	/** Relatives' transfers: about monthly, never the same sum; not income. */
	FAMILY_HELP,
	/** A yearly income-tax refund: a government credit, once. */
	TAX_REFUND,
	/** App-store purchases at the same descriptor as app-store subscriptions, at no schedule. */
	APP_STORE_PURCHASE,
	/** A subscription cancelled after one or two charges. */
	SHORT_LIVED_SUBSCRIPTION,
	/** A gym's sign-up fee, once, at the descriptor of the monthly plan that follows. */
	GYM_SIGNUP_FEE;

	private static final String DECOY = "decoy:";

	/** Whether the stream is planted as a decoy, in neither incomes nor recurring expenses. */
	boolean decoy() {
		return ordinal() >= FAMILY_HELP.ordinal();
	}

	/** The stream id of one decoy of this kind: {@code detail} tells it from the person's others. */
	String decoyId(String detail) {
		return DECOY + name() + ":" + detail;
	}

	/** The kind of a decoy's stream id, or null for any other stream. */
	static PlantedKind ofDecoyId(String id) {
		if (!id.startsWith(DECOY)) {
			return null;
		}
		int end = id.indexOf(':', DECOY.length());
		return valueOf(id.substring(DECOY.length(), end < 0 ? id.length() : end));
	}

}
