package io.streamhub.media.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.streamhub.media.ffmpeg.FfmpegBinary;

/**
 * Source clips generated with the bundled ffmpeg (test pattern + tone), once per test
 * JVM.
 */
public final class TestClips {

	private static final Path DIR = createDir();

	private TestClips() {
	}

	/**
	 * 8 s, 1280×720, 30 fps, with a tone.
	 * @return the file
	 */
	public static synchronized Path landscape720() {
		return generate("landscape720.mp4", 1280, 720, 8, true);
	}

	/**
	 * 4 s, 720×1280 portrait, with a tone.
	 * @return the file
	 */
	public static synchronized Path portrait() {
		return generate("portrait.mp4", 720, 1280, 4, true);
	}

	/**
	 * 3 s, 640×360, no audio.
	 * @return the file
	 */
	public static synchronized Path silent() {
		return generate("silent.mp4", 640, 360, 3, false);
	}

	/**
	 * 2 s, 640×360 with a tone: for reliability tests.
	 * @return the file
	 */
	public static synchronized Path small() {
		return generate("small.mp4", 640, 360, 2, true);
	}

	/**
	 * {@link #small()} (640×360 coded) with a phone's "rotate" metadata: displayed
	 * 360×640.
	 * @return the file
	 */
	public static synchronized Path rotated() {
		Path target = DIR.resolve("rotated.mp4");
		if (!Files.exists(target)) {
			run(List.of(FfmpegBinary.locate(null).getExecutablePath(), "-hide_banner", "-nostdin", "-loglevel", "error",
					"-y", "-i", small().toString(), "-c", "copy", "-metadata:s:v:0", "rotate=90", target.toString()));
		}
		return target;
	}

	/**
	 * The first half of an MP4 whose index is at the end: cut off mid-upload.
	 * @return the file
	 */
	public static synchronized Path truncated() {
		Path target = DIR.resolve("truncated.mp4");
		if (Files.exists(target)) {
			return target;
		}
		try {
			byte[] whole = Files.readAllBytes(small());
			Files.write(target, java.util.Arrays.copyOf(whole, whole.length / 2));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A text file named like a video.
	 * @return the file
	 */
	public static synchronized Path textNamedMp4() {
		Path target = DIR.resolve("notes.mp4");
		try {
			Files.writeString(target, "These are my holiday notes, not a video.\n".repeat(50));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path generate(String name, int width, int height, int seconds, boolean audio) {
		Path target = DIR.resolve(name);
		if (Files.exists(target)) {
			return target;
		}
		List<String> command = new ArrayList<>(
				List.of(FfmpegBinary.locate(null).getExecutablePath(), "-hide_banner", "-nostdin", "-loglevel", "error",
						"-y", "-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=30"));
		if (audio) {
			command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"));
		}
		command.addAll(List.of("-t", Integer.toString(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt",
				"yuv420p"));
		if (audio) {
			command.addAll(List.of("-c:a", "aac"));
		}
		command.add(target.toString());
		run(command);
		return target;
	}

	private static void run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("Generating a clip failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path createDir() {
		try {
			return Files.createTempDirectory("media-worker-clips");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
