package io.streamhub.media.health;

import io.streamhub.media.storage.MediaStore;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP when the configured bucket answers a HEAD.
 */
public class S3HealthIndicator extends AbstractHealthIndicator {

	private final MediaStore store;

	private final String bucket;

	public S3HealthIndicator(MediaStore store, String bucket) {
		this.store = store;
		this.bucket = bucket;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("bucket", this.bucket);
		if (this.store.reachable(this.bucket)) {
			builder.up();
		}
		else {
			builder.down().withDetail("error", "bucket not reachable");
		}
	}

}
