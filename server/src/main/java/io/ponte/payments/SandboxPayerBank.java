package io.ponte.payments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox's payer banks: what a payer's institution does with a Pix payment initiated through Open Finance.
 * What it does is chosen by the amount's cents, so a test picks an outcome by the amount it pays:
 *
 * <ul>
 * <li>{@code .91}: the bank refuses the Pix order when it runs (insufficient funds);</li>
 * <li>{@code .92}: the bank is unavailable: it cannot open the payment consent, so the intent fails on
 * confirmation;</li>
 * <li>{@code .93}: the bank never answers the Pix order: it fails as timed out when it runs;</li>
 * <li>any other amount: the bank debits the payer.</li>
 * </ul>
 *
 * Whether the payer approves or rejects is theirs to choose, on the bank's consent page ({@link PayerBankPage}).
 *
 * <p>The bank keeps its own books ({@code sandbox_payer_debits}), written in a transaction of its own, as a real
 * bank's are outside Ponte's database: a Pix order names the charge, and the bank answers a repeated order with
 * the first one's outcome instead of debiting twice. That is what makes a charge run once even when the instance
 * running it dies between the debit and the record of its outcome.
 */
@Component
class SandboxPayerBank {

	/** What the payer's bank does, by the amount's cents. */
	enum Behaviour {

		DEBITS, REFUSES, UNAVAILABLE, TIMES_OUT;

		static Behaviour of(BigDecimal amount) {
			return switch (Money.cents(amount)) {
				case 91 -> REFUSES;
				case 92 -> UNAVAILABLE;
				case 93 -> TIMES_OUT;
				default -> DEBITS;
			};
		}

	}

	/**
	 * The outcome of a Pix order, as the bank's books hold it; {@code fresh} when this order wrote it (a repeated
	 * order reads the first one's).
	 */
	record Debit(String outcome, String endToEndId, String reason, boolean fresh) {

		boolean debited() {
			return "debited".equals(this.outcome);
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

	private final JdbcClient jdbc;

	/** The bank's own transactions, apart from whatever transaction the caller is in. */
	private final TransactionTemplate ownTransaction;

	SandboxPayerBank(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A consent's request id at the payer bank: {@code urn:<institution>:<id>}, as Open Finance Brasil writes it. */
	static String consentId(String institution) {
		return "urn:" + institution.replace("_", "") + ":" + UUID.randomUUID();
	}

	/** The unguessable token of a consent page (192 random bits, URL-safe). */
	static String consentToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Runs the Pix order of {@code charge} once: the first call debits (or refuses, or times out) and writes the
	 * outcome in the bank's books; every later call for the same charge returns that outcome unchanged.
	 */
	Debit order(ChargeDao.Row charge, String ispb, Instant now) {
		return this.ownTransaction.execute(tx -> {
			Behaviour behaviour = Behaviour.of(charge.amount());
			String outcome = switch (behaviour) {
				case REFUSES -> "refused";
				case TIMES_OUT -> "timed_out";
				default -> "debited";
			};
			String reason = switch (behaviour) {
				case REFUSES -> "insufficient_funds";
				case TIMES_OUT -> "payment_timeout";
				default -> null;
			};
			int written = this.jdbc.sql("""
					insert into sandbox_payer_debits (organization_id, charge_id, end_to_end_id, amount, outcome, reason,
					    debited_at)
					values (:organization, :charge, :e2e, :amount, :outcome, :reason, :at)
					on conflict (organization_id, charge_id) do nothing""")
				.param("organization", charge.organizationId())
				.param("charge", charge.id())
				.param("e2e", endToEndId(ispb, now))
				.param("amount", charge.amount())
				.param("outcome", outcome)
				.param("reason", reason)
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
			return this.jdbc.sql("""
					select outcome, end_to_end_id, reason from sandbox_payer_debits
					where organization_id = :organization and charge_id = :charge""")
				.param("organization", charge.organizationId())
				.param("charge", charge.id())
				.query((rs, row) -> new Debit(rs.getString(1), rs.getString(2), rs.getString(3), written == 1))
				.single();
		});
	}

	/**
	 * A Pix end-to-end id: {@code E}, the payer institution's ISPB, the minute (UTC), and 11 random characters,
	 * 32 in all, as the Central Bank's Pix rules lay it out.
	 */
	static String endToEndId(String ispb, Instant at) {
		StringBuilder id = new StringBuilder(32).append('E')
			.append(ispb == null ? "00000000" : ispb)
			.append(MINUTE.format(at.atOffset(ZoneOffset.UTC)));
		for (int i = 0; i < 11; i++) {
			id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
		}
		return id.toString();
	}

	/**
	 * The payer's account at their bank, which the bank reports with a paid order: the same account every time
	 * for one payer at one bank.
	 */
	static ChargeDao.PayerAccount payerAccount(UUID institution, String payerIdentifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((institution + ":" + payerIdentifier).getBytes(StandardCharsets.UTF_8));
			String digits = new BigInteger(1, hash).toString().substring(0, 13);
			return new ChargeDao.PayerAccount("CHECKINGS", digits.substring(0, 4), digits.substring(4, 13));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
