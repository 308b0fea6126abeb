package io.streamhub.videos.video;

import java.time.Instant;

/**
 * The orderings of {@code videos(orderBy:)}; each is a keyset (column DESC, id DESC).
 */
enum VideoOrder {

	NEWEST("v.created_at") {
		@Override
		String key(Video video) {
			return video.createdAt().toString();
		}

		@Override
		Object bindable(String key) {
			return Instant.parse(key);
		}
	},

	MOST_VIEWED("v.view_count") {
		@Override
		String key(Video video) {
			return Long.toString(video.viewCount());
		}

		@Override
		Object bindable(String key) {
			return Long.parseLong(key);
		}
	},

	MOST_LIKED("v.like_count") {
		@Override
		String key(Video video) {
			return Long.toString(video.likeCount());
		}

		@Override
		Object bindable(String key) {
			return Long.parseLong(key);
		}
	};

	private final String column;

	VideoOrder(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

	/** The sort value of a video, as stored in cursors. */
	abstract String key(Video video);

	/** A cursor key as a bind value (throws IllegalArgumentException-like errors). */
	abstract Object bindable(String key);

}
