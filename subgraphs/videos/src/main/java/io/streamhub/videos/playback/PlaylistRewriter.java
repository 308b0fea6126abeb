package io.streamhub.videos.playback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the URIs of an HLS playlist (RFC 8216): every URI line and every
 * {@code URI="..."} attribute of a tag. A relative URI is resolved against the playlist's
 * own path, and the resolved path (under the video's directory) is replaced by what
 * {@code target} makes of it. Absolute URIs, and relative ones that would leave the
 * video's directory, are kept as they are.
 */
final class PlaylistRewriter {

	private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]*)\"");

	private PlaylistRewriter() {
	}

	/**
	 * Rewrites a playlist.
	 * @param playlist the playlist text
	 * @param playlistPath its path under the video's directory, e.g.
	 * {@code hls/master.m3u8}
	 * @param target the URL of a resolved path, e.g. {@code hls/v0/index.m3u8}
	 * @return the playlist with its URIs replaced
	 */
	static String rewrite(String playlist, String playlistPath, Function<String, String> target) {
		StringBuilder out = new StringBuilder(playlist.length() * 2);
		for (String line : playlist.split("\r?\n", -1)) {
			out.append(rewriteLine(line, playlistPath, target)).append('\n');
		}
		out.setLength(out.length() - 1);
		return out.toString();
	}

	private static String rewriteLine(String line, String playlistPath, Function<String, String> target) {
		String trimmed = line.strip();
		if (trimmed.isEmpty()) {
			return line;
		}
		if (!trimmed.startsWith("#")) {
			return resolve(playlistPath, trimmed).map(target).orElse(line);
		}
		if (!trimmed.startsWith("#EXT")) {
			return line;
		}
		Matcher matcher = URI_ATTRIBUTE.matcher(line);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String uri = resolve(playlistPath, matcher.group(1)).map(target).orElse(matcher.group(1));
			matcher.appendReplacement(out, Matcher.quoteReplacement("URI=\"" + uri + "\""));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * The path under the video's directory a relative URI points to.
	 * @param playlistPath the path of the playlist the URI appears in
	 * @param uri the URI as written
	 * @return the path, empty for an absolute URI or one leaving the directory
	 */
	static Optional<String> resolve(String playlistPath, String uri) {
		try {
			URI reference = new URI(uri);
			if (reference.isAbsolute() || reference.getRawAuthority() != null || reference.getPath() == null
					|| reference.getPath().isEmpty()) {
				return Optional.empty();
			}
			String path = new URI(null, null, "/" + playlistPath, null).resolve(reference).normalize().getPath();
			if (path == null || path.startsWith("/..") || path.endsWith("/")) {
				return Optional.empty();
			}
			return Optional.of(path.substring(1));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
