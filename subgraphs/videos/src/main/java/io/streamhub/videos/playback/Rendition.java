package io.streamhub.videos.playback;

/**
 * The GraphQL {@code Rendition}.
 *
 * @param name e.g. {@code 720p}
 * @param width pixels
 * @param height pixels
 * @param bandwidth bits per second
 * @param playlistUrl presigned URL of the media playlist
 */
record Rendition(String name, int width, int height, int bandwidth, String playlistUrl) {

}
