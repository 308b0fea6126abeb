package io.streamhub.media.transcode;

import java.util.OptionalDouble;

/**
 * Reads ffmpeg's {@code -progress} output ({@code key=value} lines): the media time
 * reached, as a percentage of the source duration. ffmpeg 4.4 writes microseconds in both
 * {@code out_time_us} and (misnamed) {@code out_time_ms}.
 */
public final class FfmpegProgress {

	private final double durationSeconds;

	/**
	 * Create a reader.
	 * @param durationSeconds the source duration
	 */
	public FfmpegProgress(double durationSeconds) {
		this.durationSeconds = durationSeconds;
	}

	/**
	 * The percentage a line reports, if it reports one.
	 * @param line one line of the progress output
	 * @return 0-99 (100 is reserved for a finished job), empty for other lines
	 */
	public OptionalDouble percent(String line) {
		if (!line.startsWith("out_time_us=") || this.durationSeconds <= 0) {
			return OptionalDouble.empty();
		}
		try {
			long micros = Long.parseLong(line.substring("out_time_us=".length()).strip());
			double percent = micros / 1_000_000.0 / this.durationSeconds * 100;
			return OptionalDouble.of(Math.max(0, Math.min(99, percent)));
		}
		catch (NumberFormatException ex) {
			// "N/A" before the first frame
			return OptionalDouble.empty();
		}
	}

}
