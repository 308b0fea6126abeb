package io.streamhub.media.probe;

import java.nio.file.Path;

/**
 * Finds out what a source file is.
 */
public interface SourceProbe {

	/**
	 * Probe a file.
	 * @param source the file
	 * @return what it is
	 * @throws io.streamhub.media.failure.JobFailedException (not retryable) when the file
	 * is not a decodable video
	 */
	SourceInfo probe(Path source);

}
