package io.streamhub.users.account;

import io.streamhub.platform.errors.BadUserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProfileValidatorTests {

	@Test
	void acceptsHttpAndHttpsAvatarsAndEmptyToClear() {
		assertThat(ProfileValidator.validate(null, null, "http://a.example/x.png").avatarUrl())
			.isEqualTo("http://a.example/x.png");
		assertThat(ProfileValidator.validate(null, null, "HTTPS://a.example/x.png").avatarUrl()).isNotNull();
		assertThat(ProfileValidator.validate(null, "", "").bio()).isEmpty();
	}

	@Test
	void refusesOtherSchemesAndHostlessUrls() {
		for (String url : new String[] { "javascript:alert(1)", "data:image/png;base64,AA", "ftp://a.example/x",
				"https:///nohost", "not a url" }) {
			assertThatExceptionOfType(BadUserInputException.class)
				.isThrownBy(() -> ProfileValidator.validate(null, null, url))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("input.avatarUrl"));
		}
	}

	@Test
	void enforcesLengthLimits() {
		assertThat(ProfileValidator.validate("d".repeat(60), "b".repeat(500), null).displayName()).hasSize(60);
		assertThatExceptionOfType(BadUserInputException.class)
			.isThrownBy(() -> ProfileValidator.validate("d".repeat(61), null, null));
		assertThatExceptionOfType(BadUserInputException.class)
			.isThrownBy(() -> ProfileValidator.validate(null, "b".repeat(501), null));
		assertThatExceptionOfType(BadUserInputException.class)
			.isThrownBy(() -> ProfileValidator.validate(null, null, "https://a.example/" + "x".repeat(2048)));
	}

}
