package io.streamhub.users.account;

import io.streamhub.platform.errors.BadUserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegistrationValidatorTests {

	@Test
	void normalizesEmailUsernameAndDisplayName() {
		Registration registration = RegistrationValidator.validate(" Ann@Example.com ", "Ann_99", "0123456789",
				" Ann ");
		assertThat(registration.email()).isEqualTo("Ann@Example.com");
		assertThat(registration.username()).isEqualTo("ann_99");
		assertThat(registration.displayName()).isEqualTo("Ann");
	}

	@Test
	void usernameLengthBoundsAreThreeAndThirty() {
		assertThat(RegistrationValidator.validate("a@b.co", "abc", "0123456789", "A").username()).isEqualTo("abc");
		assertThat(RegistrationValidator.validate("a@b.co", "a".repeat(30), "0123456789", "A").username()).hasSize(30);
		assertField(() -> RegistrationValidator.validate("a@b.co", "ab", "0123456789", "A"), "input.username");
		assertField(() -> RegistrationValidator.validate("a@b.co", "a".repeat(31), "0123456789", "A"),
				"input.username");
		assertField(() -> RegistrationValidator.validate("a@b.co", "a-b-c", "0123456789", "A"), "input.username");
	}

	@Test
	void passwordNeedsTenCharacters() {
		assertField(() -> RegistrationValidator.validate("a@b.co", "abc", "012345678", "A"), "input.password");
	}

	@Test
	void emailMustLookLikeAnAddress() {
		for (String email : new String[] { "", "plain", "a@b", "a b@c.de", "@c.de", "a@@c.de" }) {
			assertField(() -> RegistrationValidator.validate(email, "abc", "0123456789", "A"), "input.email");
		}
	}

	private static void assertField(Runnable call, String field) {
		assertThatExceptionOfType(BadUserInputException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
