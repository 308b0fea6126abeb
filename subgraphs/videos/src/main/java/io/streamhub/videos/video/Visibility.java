package io.streamhub.videos.video;

/**
 * Who may see a video or a playlist (GraphQL {@code VideoVisibility}).
 */
public enum Visibility {

	/** Everyone, in listings too. */
	PUBLIC,

	/** Anyone with the id; never listed. */
	UNLISTED,

	/** The owner and admins only. */
	PRIVATE

}
