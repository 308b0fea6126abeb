package io.streamhub.media.failure;

/**
 * A job attempt failed. {@link #retryable()} tells whether another attempt can help: S3
 * or Redis errors and a killed ffmpeg can; a source that is not a decodable video cannot.
 * The message is the reason reported in {@code media.failed}: short, for people, never a
 * stack trace.
 */
public class JobFailedException extends RuntimeException {

	private final boolean retryable;

	private JobFailedException(String reason, boolean retryable, Throwable cause) {
		super(reason, cause);
		this.retryable = retryable;
	}

	/**
	 * A failure another attempt may fix.
	 * @param reason the reason
	 * @param cause the cause, may be {@code null}
	 * @return the exception
	 */
	public static JobFailedException retryable(String reason, Throwable cause) {
		return new JobFailedException(reason, true, cause);
	}

	/**
	 * A failure no attempt can fix (the input is at fault).
	 * @param reason the reason
	 * @return the exception
	 */
	public static JobFailedException permanent(String reason) {
		return new JobFailedException(reason, false, null);
	}

	/**
	 * A failure no attempt can fix (the input is at fault).
	 * @param reason the reason
	 * @param cause the cause
	 * @return the exception
	 */
	public static JobFailedException permanent(String reason, Throwable cause) {
		return new JobFailedException(reason, false, cause);
	}

	/**
	 * Whether another attempt may succeed.
	 * @return {@code true} for transient failures
	 */
	public boolean retryable() {
		return this.retryable;
	}

}
