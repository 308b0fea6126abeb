package io.streamhub.media.health;

import io.streamhub.media.ffmpeg.FfmpegBinary;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP when the ffmpeg executable exists and may be run.
 */
public class FfmpegHealthIndicator extends AbstractHealthIndicator {

	private final FfmpegBinary ffmpeg;

	public FfmpegHealthIndicator(FfmpegBinary ffmpeg) {
		this.ffmpeg = ffmpeg;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("path", this.ffmpeg.getExecutablePath());
		if (this.ffmpeg.isExecutable()) {
			builder.up();
		}
		else {
			builder.down().withDetail("error", "not executable");
		}
	}

}
