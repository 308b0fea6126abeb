package io.streamhub.media.transcode;

import java.nio.file.Files;
import java.nio.file.Path;

import io.streamhub.media.failure.JobFailedException;
import io.streamhub.media.probe.SourceInfo;
import ws.schild.jave.EncoderException;
import ws.schild.jave.MultimediaObject;
import ws.schild.jave.ScreenExtractor;
import ws.schild.jave.process.ProcessLocator;

/**
 * The thumbnail: one JPEG frame at 10 % of the duration, rendered by jave2's
 * {@link ScreenExtractor}, as large as the smallest rung (shorter edge 360 px, or the
 * source's when smaller) with the source's orientation.
 */
public class Thumbnailer {

	private static final int JPEG_QUALITY = 3;

	private final ProcessLocator ffmpeg;

	public Thumbnailer(ProcessLocator ffmpeg) {
		this.ffmpeg = ffmpeg;
	}

	/**
	 * The thumbnail's size for a source.
	 * @param info the source
	 * @return the rung whose size the thumbnail has
	 */
	public static Rung size(SourceInfo info) {
		java.util.List<Rung> rungs = Ladder.select(info);
		return rungs.get(rungs.size() - 1);
	}

	/**
	 * Render the thumbnail.
	 * @param source the source file
	 * @param info what the probe found
	 * @param target the JPEG file to write
	 */
	public void render(Path source, SourceInfo info, Path target) {
		Rung size = size(info);
		long at = Math.round(info.durationSeconds() * 100);
		try {
			new ScreenExtractor(this.ffmpeg).renderOneImage(new MultimediaObject(source.toFile(), this.ffmpeg),
					size.width(), size.height(), at, target.toFile(), JPEG_QUALITY);
		}
		catch (EncoderException ex) {
			throw JobFailedException.permanent("Cannot render a thumbnail: " + ex.getMessage(), ex);
		}
		if (!Files.isRegularFile(target)) {
			throw JobFailedException.permanent("Cannot render a thumbnail at " + at + " ms");
		}
	}

}
