package io.ponte.payments;

import io.ponte.api.ApiException;
import io.ponte.api.JsonBody;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Amounts in Brazilian reais: exact decimals with two places, from the request's string to PostgreSQL's
 * {@code numeric} and back, never through a binary floating point number. An amount is at least R$ 0.01 and at
 * most {@link #MAXIMUM}, the ceiling Ponte puts on one Pix payment initiated through Open Finance (institutions set
 * lower limits of their own; the sandbox banks take the whole range).
 */
final class Money {

	static final BigDecimal MINIMUM = new BigDecimal("0.01");

	static final BigDecimal MAXIMUM = new BigDecimal("1000000.00");

	/** The spec's pattern, anchored, with at most 13 integer digits so the number fits its column. */
	private static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,13}(\\.[0-9]{1,2})?$");

	private Money() {
	}

	/** {@code field} of {@code body}, a string such as {@code "1234.12"}: a 400 naming the field otherwise. */
	static BigDecimal amount(JsonBody body, String field) {
		if (body.holdsNumber(field)) {
			throw ApiException.invalid(body.path(field), "invalid", "Send the amount as a string, such as \"1234.12\": "
					+ "a JSON number may reach Ponte as a binary floating point value, which cannot hold every amount in "
					+ "cents exactly.");
		}
		String raw = body.requiredString(field, 1, 20);
		if (!AMOUNT.matcher(raw).matches()) {
			throw ApiException.invalid(body.path(field), "invalid", "Enter the amount as a string of digits with at "
					+ "most two decimal places, such as \"1234.12\".");
		}
		BigDecimal amount = new BigDecimal(raw).setScale(2);
		if (amount.compareTo(MINIMUM) < 0) {
			throw ApiException.invalid(body.path(field), "min_value", "Ensure the amount is at least 0.01.");
		}
		if (amount.compareTo(MAXIMUM) > 0) {
			throw ApiException.invalid(body.path(field), "max_value",
					"Ensure the amount is at most " + text(MAXIMUM) + ".");
		}
		return amount;
	}

	/** How the API writes an amount: two decimal places, a dot, no grouping. */
	static String text(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

	/** The cents of an amount (0 to 99), which choose the sandbox payer bank's behaviour. */
	static int cents(BigDecimal amount) {
		return amount.setScale(2).unscaledValue().mod(BigInteger.valueOf(100)).intValue();
	}

}
