package io.streamhub.media.probe;

import org.jspecify.annotations.Nullable;

/**
 * What a probe found out about a source.
 *
 * @param durationSeconds duration
 * @param width display width (after rotation)
 * @param height display height (after rotation)
 * @param rotation rotation metadata in degrees (0, 90, 180, 270)
 * @param videoCodec the video decoder, e.g. {@code h264}
 * @param audioCodec the audio decoder, or {@code null} when there is no audio
 */
public record SourceInfo(double durationSeconds, int width, int height, int rotation, String videoCodec,
		@Nullable String audioCodec) {

	/**
	 * Whether the source has an audio stream.
	 * @return {@code true} with audio
	 */
	public boolean hasAudio() {
		return this.audioCodec != null;
	}

	/**
	 * Whether the picture is taller than wide.
	 * @return {@code true} for portrait sources
	 */
	public boolean portrait() {
		return this.height > this.width;
	}

	/**
	 * The shorter edge: what a rung's name ({@code 720p}) refers to.
	 * @return the shorter edge in pixels
	 */
	public int shortEdge() {
		return Math.min(this.width, this.height);
	}

}
