package io.streamhub.media.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's ffprobe (a different build from the worker's ffmpeg) as an independent judge
 * of the outputs.
 */
public final class Ffprobe {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Ffprobe() {
	}

	/**
	 * Probe a file (playlists included: ffprobe follows them).
	 * @param file the file
	 * @return ffprobe's JSON ({@code format}, {@code streams})
	 */
	public static JsonNode probe(Path file) {
		List<String> command = List.of(executable(), "-v", "error", "-print_format", "json", "-show_format",
				"-show_streams", file.toString());
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("ffprobe could not parse " + file);
			}
			return JSON.readTree(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first stream of a kind.
	 * @param probe ffprobe's JSON
	 * @param type {@code video} or {@code audio}
	 * @return the stream, or {@code null}
	 */
	public static JsonNode stream(JsonNode probe, String type) {
		for (JsonNode stream : probe.get("streams")) {
			if (type.equals(stream.get("codec_type").asString())) {
				return stream;
			}
		}
		return null;
	}

	/**
	 * The container duration.
	 * @param probe ffprobe's JSON
	 * @return seconds
	 */
	public static double duration(JsonNode probe) {
		return Double.parseDouble(probe.get("format").get("duration").asString());
	}

	private static String executable() {
		return System.getProperty("streamhub.ffprobe", "/usr/bin/ffprobe");
	}

}
