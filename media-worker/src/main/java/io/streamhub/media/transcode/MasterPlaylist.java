package io.streamhub.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the master playlist ffmpeg wrote with MEASURED rates. ffmpeg 4.4 writes
 * BANDWIDTH from the configured bit rates and no AVERAGE-BANDWIDTH; Apple's authoring
 * spec wants both within 10 % of what the segments really carry. Each media playlist is
 * read: BANDWIDTH is the highest rate of any segment (bytes × 8 / EXTINF duration),
 * AVERAGE-BANDWIDTH the rate over the whole rendition. CODECS comes from ffmpeg's master
 * (it reads the encoders' profile and level). URIs stay relative.
 */
public final class MasterPlaylist {

	private static final Pattern CODECS = Pattern.compile("CODECS=\"([^\"]+)\"");

	private MasterPlaylist() {
	}

	/**
	 * Measure the renditions and rewrite {@code master.m3u8}.
	 * @param outputDir the directory ffmpeg wrote to
	 * @param rungs the rungs, in the order they were encoded
	 * @return the variants, in the same order
	 */
	public static List<Variant> rewrite(Path outputDir, List<Rung> rungs) {
		Path master = outputDir.resolve(LadderCommand.MASTER);
		Map<String, String> codecs = codecsByUri(read(master));
		List<Variant> variants = new ArrayList<>();
		for (Rung rung : rungs) {
			String uri = rung.name() + "/" + LadderCommand.MEDIA_PLAYLIST;
			variants.add(measure(outputDir, rung, uri, codecs.getOrDefault(uri, "avc1.640028")));
		}
		write(master, render(variants));
		return List.copyOf(variants);
	}

	/**
	 * The master playlist text for variants.
	 * @param variants the variants
	 * @return the playlist
	 */
	static String render(List<Variant> variants) {
		StringBuilder text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n");
		for (Variant variant : variants) {
			text.append("#EXT-X-STREAM-INF:BANDWIDTH=")
				.append(variant.bandwidth())
				.append(",AVERAGE-BANDWIDTH=")
				.append(variant.averageBandwidth())
				.append(",RESOLUTION=")
				.append(variant.rung().width())
				.append('x')
				.append(variant.rung().height())
				.append(",CODECS=\"")
				.append(variant.codecs())
				.append("\"\n")
				.append(variant.playlist())
				.append('\n');
		}
		return text.toString();
	}

	private static Map<String, String> codecsByUri(List<String> lines) {
		Map<String, String> codecs = new HashMap<>();
		for (int i = 0; i + 1 < lines.size(); i++) {
			Matcher matcher = CODECS.matcher(lines.get(i));
			if (lines.get(i).startsWith("#EXT-X-STREAM-INF:") && matcher.find()) {
				codecs.put(nextUri(lines, i + 1), matcher.group(1));
			}
		}
		return codecs;
	}

	private static String nextUri(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
				return lines.get(i).strip();
			}
		}
		return "";
	}

	private static Variant measure(Path outputDir, Rung rung, String uri, String codecs) {
		Path playlist = outputDir.resolve(uri);
		List<String> lines = read(playlist);
		double totalSeconds = 0;
		long totalBytes = 0;
		double peak = 0;
		double duration = 0;
		for (String line : lines) {
			if (line.startsWith("#EXTINF:")) {
				duration = Double.parseDouble(line.substring("#EXTINF:".length()).split(",", 2)[0]);
				continue;
			}
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			long bytes = size(playlist.resolveSibling(line.strip()));
			totalBytes += bytes;
			totalSeconds += duration;
			peak = Math.max(peak, (duration > 0) ? bytes * 8 / duration : 0);
		}
		long average = (totalSeconds > 0) ? Math.round(totalBytes * 8 / totalSeconds) : 0;
		return new Variant(rung, uri, Math.max(Math.round(peak), average), average, codecs);
	}

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.getFileName(), ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.getFileName(), ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file.getFileName(), ex);
		}
	}

}
