package io.streamhub.discovery.index;

/**
 * View and like counts of a video.
 *
 * @param views views
 * @param likes likes
 */
public record Counts(long views, long likes) {

}
