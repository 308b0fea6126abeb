package io.streamhub.media.transcode;

/**
 * Told how far a transcode is, as often as ffmpeg reports it (about twice a second).
 */
@FunctionalInterface
public interface ProgressListener {

	/**
	 * Progress so far.
	 * @param percent 0-100
	 */
	void progress(int percent);

}
