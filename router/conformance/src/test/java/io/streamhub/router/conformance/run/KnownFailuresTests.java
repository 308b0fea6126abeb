package io.streamhub.router.conformance.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownFailuresTests {

	private static final KnownFailures KNOWN = KnownFailures.parse("""
			# header comment
			typename/root-typename   # trailing comment
			node/*
			""");

	@Test
	void listedCasesAndWholeAreasAreKnown() {
		assertThat(KNOWN.contains("typename", "root-typename")).isTrue();
		assertThat(KNOWN.contains("node", "anything")).isTrue();
		assertThat(KNOWN.contains("typename", "aliased-typenames")).isFalse();
	}

	@Test
	void aKnownFailureThatPassesBreaksTheBuildAndAnUnknownFailureToo() {
		assertThat(CaseResult.of("a", "q", true, true, "").status()).isEqualTo(CaseStatus.UNEXPECTED_PASS);
		assertThat(CaseResult.of("a", "q", false, false, "x").status()).isEqualTo(CaseStatus.FAILED);
		assertThat(CaseStatus.UNEXPECTED_PASS.breaksBuild()).isTrue();
		assertThat(CaseStatus.FAILED.breaksBuild()).isTrue();
		assertThat(CaseStatus.KNOWN_FAILURE.breaksBuild()).isFalse();
	}

	@Test
	void scoreCountsConformingCasesWhateverTheList() {
		ScoreReport report = new ScoreReport();
		report.add(CaseResult.of("a", "q1", true, false, ""));
		report.add(CaseResult.of("a", "q2", true, true, ""));
		report.add(CaseResult.of("b", "q1", false, true, "data differs"));

		assertThat(report.conforming()).isEqualTo(2);
		assertThat(report.toMarkdown()).contains("**2 / 3**").contains("| b | 1 | 0 | 1 | 0 |").contains("`b/q1`");
	}

}
