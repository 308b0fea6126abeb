package io.streamhub.videos.video;

/**
 * One rung of a video's HLS ladder as stored: the object key of its media playlist.
 *
 * @param name e.g. {@code 720p}
 * @param width pixels
 * @param height pixels
 * @param bandwidth bits per second
 * @param playlistKey the object key of the rendition's media playlist
 */
public record RenditionKey(String name, int width, int height, int bandwidth, String playlistKey) {

}
