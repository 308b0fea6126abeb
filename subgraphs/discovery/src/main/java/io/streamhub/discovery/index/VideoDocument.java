package io.streamhub.discovery.index;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A searchable video as stored in the index (only PUBLIC and READY videos are stored).
 * Dates are ISO-8601 strings; {@code suggest} feeds the completion suggester.
 *
 * @param id the video id
 * @param title the title
 * @param description the description
 * @param tags lower-case tags
 * @param category the category, if any
 * @param creatorId the creator
 * @param creatorUsername the creator's username, once discovery has heard of it
 * @param viewCount views
 * @param likeCount likes
 * @param durationSeconds the duration, once known
 * @param publishedAt when the video became READY
 * @param createdAt when it was created
 * @param suggest completion input (the title)
 */
public record VideoDocument(String id, String title, String description, List<String> tags, @Nullable String category,
		String creatorId, @Nullable String creatorUsername, long viewCount, long likeCount,
		@Nullable Double durationSeconds, @Nullable String publishedAt, String createdAt, Suggest suggest) {

	public VideoDocument {
		tags = List.copyOf(tags);
	}

	/**
	 * Completion input.
	 *
	 * @param input the phrases to suggest
	 */
	public record Suggest(List<String> input) {

		public Suggest {
			input = List.copyOf(input);
		}

	}

}
