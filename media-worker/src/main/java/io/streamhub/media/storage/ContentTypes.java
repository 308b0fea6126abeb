package io.streamhub.media.storage;

import java.nio.file.Path;

/**
 * Content types of the worker's outputs.
 */
public final class ContentTypes {

	/** HLS playlists. */
	public static final String PLAYLIST = "application/vnd.apple.mpegurl";

	/** MPEG-TS segments. */
	public static final String SEGMENT = "video/mp2t";

	/** The thumbnail. */
	public static final String JPEG = "image/jpeg";

	private ContentTypes() {
	}

	/**
	 * The content type of an output file, by extension.
	 * @param file the file
	 * @return its content type
	 */
	public static String of(Path file) {
		String name = file.getFileName().toString();
		if (name.endsWith(".m3u8")) {
			return PLAYLIST;
		}
		if (name.endsWith(".ts")) {
			return SEGMENT;
		}
		if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
			return JPEG;
		}
		return "application/octet-stream";
	}

}
