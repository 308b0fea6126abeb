package io.streamhub.media.transcode;

/**
 * One rendition of the ladder.
 *
 * @param name e.g. {@code 720p} (the shorter edge)
 * @param width output width (even)
 * @param height output height (even)
 * @param videoBitrate target video bit rate, bits per second
 */
public record Rung(String name, int width, int height, int videoBitrate) {

	/**
	 * The encoder's rate cap: VOD peaks stay well inside Apple's 200 % of the average.
	 * @return bits per second
	 */
	public int maxRate() {
		return this.videoBitrate * 11 / 10;
	}

	/**
	 * The rate-control buffer (two seconds at the target rate).
	 * @return bits
	 */
	public int bufferSize() {
		return this.videoBitrate * 2;
	}

}
