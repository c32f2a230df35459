package io.ponte.payments;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** CPF and CNPJ check digits, against numbers known to be valid or not, and formatting never changing validity. */
class TaxIdsTests {

	@Example
	void knownValidCpfsAreIndividuals() {
		for (String cpf : new String[] { "52998224725", "529.982.247-25", "111.444.777-35", "12345678909",
				"000.000.001-91", "390 533 447 05" }) {
			assertThat(TaxIds.parse(cpf)).as(cpf).hasValueSatisfying(id -> {
				assertThat(id.kind()).isEqualTo(TaxIds.Kind.CPF);
				assertThat(id.kind().customerType()).isEqualTo("INDIVIDUAL");
				assertThat(id.digits()).hasSize(11).containsOnlyDigits();
			});
		}
		assertThat(TaxIds.parse("529.982.247-25").orElseThrow().digits()).isEqualTo("52998224725");
	}

	@Example
	void knownValidCnpjsAreBusinesses() {
		for (String cnpj : new String[] { "11222333000181", "11.222.333/0001-81", "00.000.000/0001-91",
				"11.444.777/0001-61", "45723174000110" }) {
			assertThat(TaxIds.parse(cnpj)).as(cnpj).hasValueSatisfying(id -> {
				assertThat(id.kind()).isEqualTo(TaxIds.Kind.CNPJ);
				assertThat(id.kind().customerType()).isEqualTo("BUSINESS");
				assertThat(id.digits()).hasSize(14).containsOnlyDigits();
			});
		}
		assertThat(TaxIds.parse("11.222.333/0001-81").orElseThrow().digits()).isEqualTo("11222333000181");
	}

	@Example
	void wrongCheckDigitsRepeatedDigitsAndOtherShapesAreRefused() {
		for (String invalid : new String[] { "52998224724", "52998224715", "529.982.247-26", "11222333000182",
				"11222333000191", "10187609363", "12345678901122", "11111111111", "000.000.000-00", "99999999999999",
				"11.111.111/1111-11", "5299822472", "529982247250", "1122233300018", "", "abc", "529.982.247-2X",
				"52998224725a", "+52998224725", "529_982_247_25", "５２９９８２２４７２５" }) {
			assertThat(TaxIds.parse(invalid)).as(invalid).isEmpty();
		}
		assertThat(TaxIds.parse(null)).isEmpty();
	}

	@Example
	void validityIsPerKind() {
		assertThat(TaxIds.isValid("529.982.247-25", TaxIds.Kind.CPF)).isTrue();
		assertThat(TaxIds.isValid("529.982.247-25", TaxIds.Kind.CNPJ)).isFalse();
		assertThat(TaxIds.isValid("11222333000181", TaxIds.Kind.CNPJ)).isTrue();
		assertThat(TaxIds.isValid("11222333000181", TaxIds.Kind.CPF)).isFalse();
	}

	/** Any 11 or 14 digits, valid or not, written bare and with the usual punctuation, read the same. */
	@Property(tries = 2000)
	void formattingNeverChangesValidity(@ForAll("numbers") String digits) {
		String formatted = digits.length() == 11
				? digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-"
						+ digits.substring(9)
				: digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "/"
						+ digits.substring(8, 12) + "-" + digits.substring(12);

		assertThat(TaxIds.parse(formatted)).isEqualTo(TaxIds.parse(digits));
		assertThat(TaxIds.parse(" " + formatted.replace('.', ' ') + " ")).isEqualTo(TaxIds.parse(digits));
	}

	/** A valid number with either check digit changed is refused. */
	@Property(tries = 1000)
	void aWrongCheckDigitIsAlwaysCaught(@ForAll("valid") String valid, @ForAll boolean last,
			@ForAll("shifts") int shift) {
		int index = valid.length() - (last ? 1 : 2);
		char changed = (char) ('0' + (valid.charAt(index) - '0' + shift) % 10);
		String typo = valid.substring(0, index) + changed + valid.substring(index + 1);

		assertThat(TaxIds.parse(valid)).isPresent();
		assertThat(TaxIds.parse(typo)).as("%s -> %s", valid, typo).isEmpty();
	}

	@Provide
	Arbitrary<String> numbers() {
		Arbitrary<String> random = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(11),
				Arbitraries.strings().numeric().ofLength(14));
		// half of them valid, so the property is about valid numbers too
		return Arbitraries.oneOf(random, valid());
	}

	@Provide
	Arbitrary<String> valid() {
		Arbitrary<String> cpf = Arbitraries.strings().numeric().ofLength(9).map(TaxIdsTests::withCpfDigits);
		Arbitrary<String> cnpj = Arbitraries.strings().numeric().ofLength(12).map(TaxIdsTests::withCnpjDigits);
		return Arbitraries.oneOf(cpf, cnpj).filter(n -> TaxIds.parse(n).isPresent());
	}

	@Provide
	Arbitrary<Integer> shifts() {
		return Arbitraries.integers().between(1, 9);
	}

	/** The test's own check digit arithmetic, written independently of the code under test. */
	static String withCpfDigits(String nine) {
		String ten = nine + digit(nine, 10);
		return ten + digit(ten, 11);
	}

	static String withCnpjDigits(String twelve) {
		String thirteen = twelve + cnpjDigit(twelve);
		return thirteen + cnpjDigit(thirteen);
	}

	private static int digit(String digits, int firstWeight) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * (firstWeight - i);
		}
		int r = sum % 11;
		return r < 2 ? 0 : 11 - r;
	}

	private static int cnpjDigit(String digits) {
		int sum = 0;
		int weight = digits.length() - 7; // 5 for twelve digits, 6 for thirteen, counting down and wrapping 2 -> 9
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * weight;
			weight = weight == 2 ? 9 : weight - 1;
		}
		int r = sum % 11;
		return r < 2 ? 0 : 11 - r;
	}

	@Example
	void theTestsArithmeticMatchesPublishedNumbers() {
		assertThat(withCpfDigits("529982247")).isEqualTo("52998224725");
		assertThat(withCnpjDigits("112223330001")).isEqualTo("11222333000181");
	}

}
