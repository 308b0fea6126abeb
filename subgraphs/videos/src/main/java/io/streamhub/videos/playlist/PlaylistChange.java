package io.streamhub.videos.playlist;

import io.streamhub.videos.video.TextRules;
import io.streamhub.videos.video.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A validated playlist input; for updates, null fields keep their value.
 *
 * @param title 1-150 characters
 * @param description at most 5000 characters
 * @param visibility the visibility
 */
record PlaylistChange(@Nullable String title, @Nullable String description, @Nullable Visibility visibility) {

	static PlaylistChange of(@Nullable String title, @Nullable String description,
			io.streamhub.videos.generated.types.@Nullable VideoVisibility visibility, boolean create) {
		String checkedTitle = (title != null || create) ? TextRules.line(title, "input.title", 1, 150) : null;
		String checkedDescription = (description != null || create)
				? TextRules.paragraph(description, "input.description", 5000) : null;
		Visibility checkedVisibility = (visibility != null) ? Visibility.valueOf(visibility.name())
				: (create ? Visibility.PRIVATE : null);
		return new PlaylistChange(checkedTitle, checkedDescription, checkedVisibility);
	}

}
