package io.streamhub.videos.video;

import java.util.List;

import io.streamhub.platform.errors.BadUserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTests {

	@Test
	void markupIsRefusedButComparisonsAreFine() {
		assertThat(TextRules.paragraph("a < b and 3<4", "d", 100)).isEqualTo("a < b and 3<4");
		for (String html : List.of("<script>x</script>", "hi <b>", "</p>", "<!-- c -->", "<?php", "<IMG src=x>")) {
			assertThatThrownBy(() -> TextRules.paragraph(html, "input.description", 100)).isInstanceOfSatisfying(
					BadUserInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("input.description"));
		}
	}

	@Test
	void linesAreTrimmedBoundedAndSingleLine() {
		assertThat(TextRules.line("  abc  ", "t", 3, 5)).isEqualTo("abc");
		assertThatThrownBy(() -> TextRules.line("ab", "t", 3, 5)).isInstanceOf(BadUserInputException.class);
		assertThatThrownBy(() -> TextRules.line("abcdef", "t", 3, 5)).isInstanceOf(BadUserInputException.class);
		assertThatThrownBy(() -> TextRules.line("a\nbc", "t", 3, 5)).isInstanceOf(BadUserInputException.class);
		assertThatThrownBy(() -> TextRules.line("ab\u0000c", "t", 3, 5)).isInstanceOf(BadUserInputException.class);
	}

	@Test
	void tagsAreLowerCasedDeduplicatedAndLimited() {
		assertThat(TextRules.tags(List.of("Cats", " cats ", "DOGS"), "tags")).containsExactly("cats", "dogs");
		assertThat(TextRules.tags(null, "tags")).isEmpty();
		List<String> eleven = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
		assertThatThrownBy(() -> TextRules.tags(eleven, "tags")).isInstanceOf(BadUserInputException.class);
		assertThatThrownBy(() -> TextRules.tags(List.of("x".repeat(31)), "tags"))
			.isInstanceOf(BadUserInputException.class);
		assertThatThrownBy(() -> TextRules.tags(List.of(""), "tags")).isInstanceOf(BadUserInputException.class);
	}

}
