package io.streamhub.videos.video;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The validated {@code videos(filter:)} argument.
 *
 * @param creatorId only this creator's videos
 * @param category only this category
 * @param tag only videos with this (lower-case) tag
 */
record VideoFilter(@Nullable UUID creatorId, @Nullable String category, @Nullable String tag) {

	static final VideoFilter NONE = new VideoFilter(null, null, null);

}
