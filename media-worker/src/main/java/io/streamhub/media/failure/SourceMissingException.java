package io.streamhub.media.failure;

/**
 * The job's source object does not exist: the video was deleted (the videos service
 * removes {@code uploads/<id>/} with the video) or never existed. Such a job is
 * acknowledged and skipped, not failed.
 */
public class SourceMissingException extends RuntimeException {

	/**
	 * Create the exception.
	 * @param key the missing object key
	 */
	public SourceMissingException(String key) {
		super("Source object " + key + " does not exist");
	}

}
