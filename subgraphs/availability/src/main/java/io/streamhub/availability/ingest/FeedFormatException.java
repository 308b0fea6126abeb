package io.streamhub.availability.ingest;

/**
 * A feed document or webhook body that does not follow the feed format.
 */
class FeedFormatException extends RuntimeException {

	FeedFormatException(String message) {
		super(message);
	}

}
