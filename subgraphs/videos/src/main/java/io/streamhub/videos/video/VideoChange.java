package io.streamhub.videos.video;

import java.util.List;

import io.streamhub.videos.generated.types.UpdateVideoInput;
import org.jspecify.annotations.Nullable;

/**
 * A validated {@code updateVideo} input; null fields keep their value, an empty category
 * clears it.
 *
 * @param title new title
 * @param description new description
 * @param tags new tags
 * @param category new category ("" clears)
 * @param visibility new visibility
 */
record VideoChange(@Nullable String title, @Nullable String description, @Nullable List<String> tags,
		@Nullable String category, @Nullable Visibility visibility) {

	static VideoChange validate(UpdateVideoInput input) {
		String title = (input.getTitle() != null) ? TextRules.line(input.getTitle(), "input.title", 3, 200) : null;
		String description = (input.getDescription() != null)
				? TextRules.paragraph(input.getDescription(), "input.description", 5000) : null;
		List<String> tags = (input.getTags() != null) ? TextRules.tags(input.getTags(), "input.tags") : null;
		String category = (input.getCategory() != null) ? TextRules.paragraph(input.getCategory(), "input.category", 50)
				: null;
		Visibility visibility = (input.getVisibility() != null) ? Visibility.valueOf(input.getVisibility().name())
				: null;
		return new VideoChange(title, description, tags, category, visibility);
	}

}
