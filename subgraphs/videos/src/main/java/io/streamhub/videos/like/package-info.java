/**
 * Likes: likeVideo/unlikeVideo and Video.viewerHasLiked.
 */
@NullMarked
package io.streamhub.videos.like;

import org.jspecify.annotations.NullMarked;
