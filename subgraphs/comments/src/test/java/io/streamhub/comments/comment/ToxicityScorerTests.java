package io.streamhub.comments.comment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class ToxicityScorerTests {

	private final ToxicityScorer scorer = new ToxicityScorer(List.of("idiot", "Stupid"), 0.6);

	@Test
	void scoresGrowWithListedWordsAndSeeThroughSubstitutions() {
		assertThat(this.scorer.score("What a lovely video")).isZero();
		assertThat(this.scorer.score("stupidity is not a listed word")).isZero();
		assertThat(this.scorer.score("STUPID")).isCloseTo(0.6, offset(1e-9));
		assertThat(this.scorer.score("You stupid 1d10t")).isGreaterThan(0.8);
	}

}
