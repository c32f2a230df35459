package io.ponte.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ponte.connectors.Credentials;
import io.ponte.connectors.LoginResult;
import io.ponte.connectors.MfaChallenge;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxLoginTests {

	private final SandboxConnector sandbox = new SandboxConnector(
			Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

	private LoginResult login(String institution, String username, String password) {
		return this.sandbox.login(credentials(institution, username, password), null, null);
	}

	private static Credentials credentials(String institution, String username, String password) {
		return new Credentials(institution, institution.contains("_br_") ? "BR" : "MX", username, null, null, null, password, null);
	}

	private static LoginResult.Success success(LoginResult result) {
		assertThat(result).isInstanceOf(LoginResult.Success.class);
		return (LoginResult.Success) result;
	}

	private static MfaChallenge challenge(LoginResult result) {
		assertThat(result).isInstanceOf(LoginResult.TokenRequired.class);
		return ((LoginResult.TokenRequired) result).challenge();
	}

	@Test
	void documentedValidUsersLogInWithTheirPasswords() {
		assertThat(success(login("erebor_mx_retail", "user_valid", "pass_valid")).session().userKey())
			.isEqualTo("user_valid");
		for (String[] pair : new String[][] { { "bnk100", "full" }, { "bnk101", "nodata" }, { "bnk102", "low" },
				{ "bnk103", "negative" } }) {
			LoginResult.Success success = success(login("gringotts_br_retail", pair[0], pair[1]));
			assertThat(success.session().institution()).isEqualTo("gringotts_br_retail");
			assertThat(success.session().userKey()).isEqualTo(pair[0]);
		}
	}

	@Test
	void documentedUsersWithAnotherPasswordAreRefusedAndPasswordsAreCaseSensitive() {
		assertThat(login("erebor_mx_retail", "user_valid", "PASS_VALID"))
			.isEqualTo(new LoginResult.Failure("login_error", SandboxConnector.INVALID_CREDENTIALS));
		assertThat(login("erebor_mx_retail", "bnk100", "Full")).isInstanceOf(LoginResult.Failure.class);
	}

	@Test
	void invalidCredentialsAreALoginError() {
		LoginResult.Failure expected = new LoginResult.Failure("login_error",
				"Invalid credentials provided to login to the institution");
		assertThat(login("erebor_mx_retail", "user_invalid", "pass_invalid")).isEqualTo(expected);
		assertThat(login("erebor_mx_retail", "someone", "pass_invalid")).isEqualTo(expected);
		assertThat(login("erebor_mx_retail", "user_invalid", "whatever")).isEqualTo(expected);
	}

	@Test
	void institutionAndSessionScenariosFailWithTheirCodes() {
		assertThat(login("erebor_br_retail", "user_sessions", "x")).isEqualTo(new LoginResult.Failure(
				"too_many_sessions",
				"Impossible to login, a session is already opened with the institution for these credentials"));
		assertThat(login("erebor_br_retail", "user_down", "x")).isEqualTo(
				new LoginResult.Failure("institution_down", "The financial institution is down, try again later"));
		assertThat(login("erebor_br_retail", "user_unavailable", "x")).isEqualTo(new LoginResult.Failure(
				"institution_unavailable", "The financial institution is unavailable, try again later"));
	}

	@Test
	void anyOtherUserLogsInWithAStableNormalisedKey() {
		assertThat(success(login("erebor_br_retail", " Maria_88 ", "secret")).session().userKey())
			.isEqualTo("maria_88");
		assertThat(success(login("erebor_br_retail", "maria_88", "other")).session().userKey()).isEqualTo("maria_88");
	}

	@Test
	void gothamAsksItsMfaUsersForATokenAnd111111Succeeds() {
		MfaChallenge device = challenge(login("gotham_br_business", "mfa_default", "pass_valid"));
		assertThat(device.type()).isEqualTo("numeric");
		assertThat(device.value()).isNull();
		assertThat(device.expectsUserInput()).isTrue();
		LoginResult answered = this.sandbox.login(credentials("gotham_br_business", "mfa_default", "pass_valid"),
				"111111", device);
		assertThat(success(answered).session().userKey()).isEqualTo("mfa_default");
	}

	@Test
	void qrAndChallengeFlowsShowSomethingToTheUser() {
		MfaChallenge qr = challenge(login("gotham_mx_business", "mfa_qr", "qr_code"));
		assertThat(qr.type()).isEqualTo("qr");
		assertThat(qr.value()).isNotBlank();
		MfaChallenge numeric = challenge(login("heimdall_mx_retail", "mfa_numeric", "numeric_code"));
		assertThat(numeric.type()).isEqualTo("numeric");
		assertThat(numeric.value()).matches("\\d{8}");
		assertThat(this.sandbox.login(credentials("heimdall_mx_retail", "mfa_numeric", "numeric_code"), "111111",
				numeric)).isInstanceOf(LoginResult.Success.class);
	}

	@Test
	void token999999AsksAgainWithANewChallengeThatStillWorks() {
		Credentials mfa = credentials("gotham_br_business", "mfa_qr", "qr_code");
		MfaChallenge first = challenge(this.sandbox.login(mfa, null, null));
		MfaChallenge second = challenge(this.sandbox.login(mfa, "999999", first));
		assertThat(second.state()).isNotEqualTo(first.state());
		assertThat(second.value()).isNotEqualTo(first.value());
		assertThat(second.type()).isEqualTo("qr");
		assertThat(this.sandbox.login(mfa, "111111", second)).isInstanceOf(LoginResult.Success.class);
	}

	@Test
	void anyOtherTokenIsInvalid() {
		Credentials mfa = credentials("gotham_br_business", "mfa_default", "pass_valid");
		MfaChallenge first = challenge(this.sandbox.login(mfa, null, null));
		assertThat(this.sandbox.login(mfa, "123456", first))
			.isEqualTo(new LoginResult.Failure("login_error", "The MFA token is invalid"));
	}

	@Test
	void aChallengeIssuedToAnotherUserIsNotAccepted() {
		MfaChallenge other = challenge(login("heimdall_br_retail", "someone_else", "x"));
		assertThat(this.sandbox.login(credentials("heimdall_br_retail", "mfa_default", "pass_valid"), "111111", other))
			.isInstanceOf(LoginResult.Failure.class);
		MfaChallenge forged = new MfaChallenge("", "numeric", null, true, "garbage");
		assertThat(this.sandbox.login(credentials("heimdall_br_retail", "mfa_default", "pass_valid"), "111111", forged))
			.isInstanceOf(LoginResult.Failure.class);
	}

	@Test
	void heimdallAsksEveryoneGothamOnlyItsMfaUsersOthersNobody() {
		challenge(login("heimdall_br_retail", "user_valid", "pass_valid"));
		challenge(login("heimdall_mx_retail", "anybody", "x"));
		success(login("gotham_br_business", "user_valid", "pass_valid"));
		success(login("erebor_br_retail", "mfa_default", "pass_valid"));
		assertThat(login("heimdall_br_retail", "user_invalid", "pass_invalid")).isInstanceOf(LoginResult.Failure.class);
	}

	@Test
	void aTokenGivenUpFrontIsCheckedWithoutAChallenge() {
		Credentials mfa = credentials("gotham_br_business", "mfa_default", "pass_valid");
		assertThat(this.sandbox.login(mfa, "111111", null)).isInstanceOf(LoginResult.Success.class);
		assertThat(this.sandbox.login(mfa, "000000", null)).isInstanceOf(LoginResult.Failure.class);
	}

	@Test
	void ironBankAdvancedLogin() {
		Credentials valid = new Credentials("ironbank_br_retail", "BR", "adv_valid", "valid", null, "003", "pass_valid",
				"valid");
		assertThat(this.sandbox.login(valid, null, null)).isInstanceOf(LoginResult.Success.class);
		Credentials invalid = new Credentials("ironbank_br_retail", "BR", "adv_invalid", "invalid", null, "999",
				"pass_invalid", "invalid");
		assertThat(this.sandbox.login(invalid, null, null))
			.isEqualTo(new LoginResult.Failure("login_error", SandboxConnector.INVALID_CREDENTIALS));
		Credentials wrongType = new Credentials("ironbank_br_retail", "BR", "adv_valid", "valid", null, "001", "pass_valid",
				"valid");
		assertThat(this.sandbox.login(wrongType, null, null)).isInstanceOf(LoginResult.Failure.class);
	}

	@Test
	void ironBankRefusesLoginsWithoutTheAdvancedFields() {
		assertThat(login("ironbank_mx_retail", "adv_valid", "pass_valid")).isInstanceOf(LoginResult.Failure.class);
		assertThat(this.sandbox.login(
				new Credentials("ironbank_mx_retail", "MX", "someone", "x", null, "003", "pw", null), null, null))
			.isInstanceOf(LoginResult.Failure.class);
		assertThat(this.sandbox.login(
				new Credentials("ironbank_mx_retail", "MX", "someone", "x", null, "003", "pw", "pw2"), null, null))
			.isInstanceOf(LoginResult.Success.class);
	}

}
