package io.streamhub.discovery.video;

import java.util.UUID;

/**
 * One {@code Video.similar} request.
 *
 * @param videoId the video
 * @param first how many
 */
record SimilarKey(UUID videoId, int first) {

}
