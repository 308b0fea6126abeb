package io.streamhub.videos.upload;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.videos.generated.types.CreateVideoUploadInput;
import io.streamhub.videos.video.TextRules;
import io.streamhub.videos.video.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A validated {@code createVideoUpload} input.
 *
 * @param title 3-200 characters
 * @param description at most 5000 characters
 * @param tags normalised tags
 * @param category optional, 1-50 characters
 * @param visibility the visibility
 * @param contentType a {@code video/*} MIME type, lower-case
 * @param size the declared byte count
 */
record UploadRequest(String title, String description, List<String> tags, @Nullable String category,
		Visibility visibility, String contentType, long size) {

	private static final Pattern VIDEO_TYPE = Pattern.compile("video/[a-z0-9][a-z0-9.+-]{0,100}");

	static UploadRequest validate(CreateVideoUploadInput input, long maxSize) {
		String title = TextRules.line(input.getTitle(), "input.title", 3, 200);
		String description = TextRules.paragraph(input.getDescription(), "input.description", 5000);
		List<String> tags = TextRules.tags(input.getTags(), "input.tags");
		String category = (input.getCategory() != null) ? TextRules.line(input.getCategory(), "input.category", 1, 50)
				: null;
		Visibility visibility = (input.getVisibility() != null) ? Visibility.valueOf(input.getVisibility().name())
				: Visibility.PRIVATE;
		return new UploadRequest(title, description, tags, category, visibility, contentType(input.getContentType()),
				size(input.getSizeBytes(), maxSize));
	}

	private static String contentType(@Nullable String value) {
		String type = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		if (!VIDEO_TYPE.matcher(type).matches()) {
			throw new BadUserInputException("input.contentType", "Must be a video/* MIME type");
		}
		return type;
	}

	private static long size(@Nullable Double value, long maxSize) {
		if (value == null || value.isNaN() || value != Math.rint(value) || value < 1 || value > maxSize) {
			throw new BadUserInputException("input.sizeBytes", "Must be a whole number of bytes from 1 to " + maxSize);
		}
		return value.longValue();
	}

}
