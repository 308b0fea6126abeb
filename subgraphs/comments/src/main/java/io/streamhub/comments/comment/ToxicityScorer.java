package io.streamhub.comments.comment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A local, deliberately simple toxicity model: no machine learning, no network. The text
 * is lower-cased, common digit/symbol substitutions are undone ({@code 1d10t} reads as
 * {@code idiot}) and it is split into words; each word found in the configured list
 * counts as one hit, and the score is {@code 1 - (1 - weight)^hits}: 0 for a clean text,
 * approaching 1 as hits pile up.
 */
final class ToxicityScorer {

	private final Set<String> words;

	private final double weight;

	ToxicityScorer(List<String> words, double weight) {
		this.words = words.stream()
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		this.weight = weight;
	}

	double score(String text) {
		long hits = Arrays.stream(normalize(text).split("[^\\p{L}]+")).filter(this.words::contains).count();
		return 1 - Math.pow(1 - this.weight, hits);
	}

	private static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace('0', 'o')
			.replace('1', 'i')
			.replace('3', 'e')
			.replace('4', 'a')
			.replace('5', 's')
			.replace('@', 'a')
			.replace('$', 's');
	}

}
