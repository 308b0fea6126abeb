package io.streamhub.comments.comment;

import io.streamhub.platform.errors.BadUserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTextTests {

	@Test
	void plainTextIsTrimmedAndMarkupRefused() {
		assertThat(CommentText.validate("  x < y\nline two ")).isEqualTo("x < y\nline two");
		assertThatThrownBy(() -> CommentText.validate("<a href=x>")).isInstanceOfSatisfying(BadUserInputException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("body"));
		assertThatThrownBy(() -> CommentText.validate("")).isInstanceOf(BadUserInputException.class);
		assertThatThrownBy(() -> CommentText.validate("bell\u0007")).isInstanceOf(BadUserInputException.class);
	}

}
