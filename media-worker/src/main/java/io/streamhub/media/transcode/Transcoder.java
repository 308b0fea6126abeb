package io.streamhub.media.transcode;

import java.nio.file.Path;
import java.util.List;

import io.streamhub.media.probe.SourceInfo;

/**
 * Turns a probed source into an HLS ladder in a directory.
 */
public interface Transcoder {

	/**
	 * Transcode.
	 * @param source the source file
	 * @param info what the probe found
	 * @param outputDir an empty directory for {@code master.m3u8} and one directory per
	 * rendition
	 * @param listener told the progress
	 * @param cancellation stops the run when cancelled
	 * @return the renditions, highest first
	 * @throws io.streamhub.media.failure.JobFailedException when ffmpeg fails
	 */
	List<Variant> transcode(Path source, SourceInfo info, Path outputDir, ProgressListener listener,
			Cancellation cancellation);

}
