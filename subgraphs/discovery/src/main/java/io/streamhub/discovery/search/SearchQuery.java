package io.streamhub.discovery.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.streamhub.discovery.generated.types.SearchFilter;
import io.streamhub.discovery.generated.types.SearchSort;
import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * A validated search: every rule of the schema's description is checked here, and a
 * violation is a {@link BadUserInputException} naming the argument.
 *
 * @param text the query text (trimmed), searched as plain text
 * @param category the category filter
 * @param tags tags every result must have (lower-case)
 * @param durationMin minimum duration in seconds
 * @param durationMax maximum duration in seconds
 * @param publishedAfter earliest publication
 * @param sort the order
 * @param first the page size
 */
record SearchQuery(String text, @Nullable String category, List<String> tags, @Nullable Double durationMin,
		@Nullable Double durationMax, @Nullable OffsetDateTime publishedAfter, SearchSort sort, int first) {

	static final int MAX_TEXT = 200;

	static final int MAX_FIRST = 50;

	static final int MAX_TAGS = 10;

	SearchQuery {
		tags = List.copyOf(tags);
	}

	static SearchQuery of(@Nullable String query, @Nullable SearchFilter filter, @Nullable SearchSort sort,
			@Nullable Integer first) {
		String text = (query != null) ? query.strip() : "";
		if (text.isEmpty() || text.length() > MAX_TEXT) {
			throw new BadUserInputException("query", "Must be 1-" + MAX_TEXT + " characters");
		}
		int size = (first != null) ? first : 20;
		if (size < 1 || size > MAX_FIRST) {
			throw new BadUserInputException("first", "Must be between 1 and " + MAX_FIRST);
		}
		SearchSort order = (sort != null) ? sort : SearchSort.RELEVANCE;
		if (filter == null) {
			return new SearchQuery(text, null, List.of(), null, null, null, order, size);
		}
		return new SearchQuery(text, category(filter.getCategory()), tags(filter.getTags()),
				duration(filter.getDurationMin(), "filter.durationMin"),
				durationMax(filter.getDurationMin(), filter.getDurationMax()), filter.getPublishedAfter(), order, size);
	}

	private static @Nullable String category(@Nullable String category) {
		if (category == null) {
			return null;
		}
		if (category.isBlank() || category.length() > 50) {
			throw new BadUserInputException("filter.category", "Must be 1-50 characters");
		}
		return category.strip();
	}

	private static List<String> tags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		if (tags.size() > MAX_TAGS) {
			throw new BadUserInputException("filter.tags", "At most " + MAX_TAGS + " tags");
		}
		if (tags.stream().anyMatch((tag) -> tag.isBlank() || tag.length() > 30)) {
			throw new BadUserInputException("filter.tags", "Tags are 1-30 characters");
		}
		return tags.stream().map((tag) -> tag.strip().toLowerCase(Locale.ROOT)).distinct().toList();
	}

	private static @Nullable Double duration(@Nullable Double value, String field) {
		if (value != null && (value.isNaN() || value < 0)) {
			throw new BadUserInputException(field, "Must be >= 0");
		}
		return value;
	}

	private static @Nullable Double durationMax(@Nullable Double min, @Nullable Double max) {
		duration(max, "filter.durationMax");
		if (min != null && max != null && max < min) {
			throw new BadUserInputException("filter.durationMax", "Must be >= filter.durationMin");
		}
		return max;
	}

	/**
	 * What a cursor is bound to: the same query, filter and sort (not the page size).
	 * @return a canonical description
	 */
	String fingerprint() {
		return String.join("\u0000", this.text, String.valueOf(this.category), String.join(",", this.tags),
				String.valueOf(this.durationMin), String.valueOf(this.durationMax),
				(this.publishedAfter != null) ? this.publishedAfter.toInstant().toString() : "null", this.sort.name());
	}

}
