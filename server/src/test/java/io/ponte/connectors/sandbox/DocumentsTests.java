package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DocumentsTests {

	@Test
	void knownValidCpfsPassAndAlteredOnesFail() {
		assertThat(Documents.isValidCpf("52998224725")).isTrue();
		assertThat(Documents.isValidCpf("11144477735")).isTrue();
		assertThat(Documents.isValidCpf("76109277673")).isTrue();
		assertThat(Documents.isValidCpf("52998224726")).isFalse();
		assertThat(Documents.isValidCpf("11111111111")).isFalse();
		assertThat(Documents.isValidCpf("5299822472")).isFalse();
	}

	@Test
	void knownValidCnpjsPassAndAlteredOnesFail() {
		assertThat(Documents.isValidCnpj("11222333000181")).isTrue();
		assertThat(Documents.isValidCnpj("60701190000104")).isTrue();
		assertThat(Documents.isValidCnpj("33000167000101")).isTrue();
		assertThat(Documents.isValidCnpj("11222333000182")).isFalse();
	}

	@Test
	void knownValidRfcsPassAndAlteredOnesFail() {
		assertThat(Documents.isValidRfc("GODE561231GR8")).isTrue();
		assertThat(Documents.isValidRfc("SAT970701NN3")).isTrue();
		assertThat(Documents.isValidRfc("MAG041126GT8")).isTrue();
		assertThat(Documents.isValidRfc("GODE561231GR7")).isFalse();
		assertThat(Documents.isValidRfc("SAT970701NN4")).isFalse();
	}

	@Test
	void knownValidCurpsPassAndAlteredOnesFail() {
		assertThat(Documents.isValidCurp("HEGG560427MVZRRL04")).isTrue();
		assertThat(Documents.isValidCurp("LOOA531113HTCPBN07")).isTrue();
		assertThat(Documents.isValidCurp("HEGG560427MVZRRL05")).isFalse();
	}

	@Test
	void knownValidClabesPassAndAlteredOnesFail() {
		assertThat(Documents.isValidClabe("002010077777777771")).isTrue();
		assertThat(Documents.isValidClabe("032180000118359719")).isTrue();
		assertThat(Documents.isValidClabe("032180000118359718")).isFalse();
	}

	@Test
	void generatedDocumentsCarryValidCheckDigits() {
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < 500; i++) {
			assertThat(Documents.isValidCpf(Documents.cpf(random))).isTrue();
			assertThat(Documents.isValidCnpj(Documents.cnpj(random))).isTrue();
			assertThat(Documents.isValidClabe(Documents.clabe("012", "180", random))).isTrue();
			LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(20000));
			assertThat(Documents.isValidRfc(Documents.rfcPerson("Núñez", "Gómez", "José", born, random))).isTrue();
			assertThat(Documents.isValidRfc(Documents.rfcCompany("Logística Pacífico SA de CV", born, random))).isTrue();
			assertThat(Documents.isValidCurp(Documents.curp("Núñez", "Gómez", "José", born, false, "DF", random)))
				.isTrue();
		}
	}

	@Test
	void rfcAndCurpAreBuiltFromTheNameAndBirthDate() {
		SplittableRandom random = new SplittableRandom(7);
		LocalDate born = LocalDate.of(1956, 4, 27);
		assertThat(Documents.rfcPerson("Hernández", "García", "Guadalupe", born, random)).startsWith("HEGG560427");
		assertThat(Documents.curp("Hernández", "García", "Guadalupe", born, true, "VZ", random))
			.startsWith("HEGG560427MVZRRD");
	}

}
