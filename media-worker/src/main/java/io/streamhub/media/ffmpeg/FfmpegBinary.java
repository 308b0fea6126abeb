package io.streamhub.media.ffmpeg;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import ws.schild.jave.process.ProcessLocator;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * The ffmpeg executable every part of the worker runs: probing and thumbnails through
 * jave2, the ladder directly. By default the static ffmpeg 4.4.1 that
 * {@code jave-nativebin-linux64} ships, which jave2 extracts on first use.
 */
public final class FfmpegBinary implements ProcessLocator {

	private final String path;

	private FfmpegBinary(String path) {
		this.path = path;
	}

	/**
	 * The configured executable, or jave2's bundled one.
	 * @param configuredPath a path, or {@code null}/blank for the bundled binary
	 * @return the binary
	 */
	public static FfmpegBinary locate(@Nullable String configuredPath) {
		if (configuredPath != null && !configuredPath.isBlank()) {
			return new FfmpegBinary(configuredPath);
		}
		return new FfmpegBinary(new DefaultFFMPEGLocator().getExecutablePath());
	}

	@Override
	public String getExecutablePath() {
		return this.path;
	}

	/**
	 * The executable's path.
	 * @return the path
	 */
	public Path path() {
		return Path.of(this.path);
	}

	/**
	 * Whether the executable exists and may be run.
	 * @return {@code true} when it can be run
	 */
	public boolean isExecutable() {
		return Files.isExecutable(path());
	}

}
