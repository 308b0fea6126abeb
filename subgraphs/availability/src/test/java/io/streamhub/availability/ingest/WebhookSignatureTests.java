package io.streamhub.availability.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	private static final byte[] BODY = "{\"titles\":[]}".getBytes(StandardCharsets.UTF_8);

	@Test
	void aSignatureOfTheTimestampAndBodyWithTheSecretIsValid() {
		String signature = WebhookSignature.sign("secret", "1700000000", BODY);

		assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
		assertThat(WebhookSignature.valid("secret", "1700000000", signature, BODY)).isTrue();
	}

	@Test
	void anyOtherSecretTimestampBodyOrFormIsInvalid() {
		String signature = WebhookSignature.sign("secret", "1700000000", BODY);

		assertThat(WebhookSignature.valid("other", "1700000000", signature, BODY)).isFalse();
		assertThat(WebhookSignature.valid("secret", "1700000001", signature, BODY)).isFalse();
		assertThat(WebhookSignature.valid("secret", "1700000000", signature, "{}".getBytes(StandardCharsets.UTF_8)))
			.isFalse();
		assertThat(WebhookSignature.valid("secret", "1700000000", signature.substring(7), BODY)).isFalse();
		assertThat(WebhookSignature.valid("secret", "1700000000", "sha256=zz", BODY)).isFalse();
		assertThat(WebhookSignature.valid("secret", null, signature, BODY)).isFalse();
		assertThat(WebhookSignature.valid("", "1700000000", signature, BODY)).as("no secret configured").isFalse();
	}

	@Test
	void timestampsOutsideTheToleranceAreStale() {
		Instant now = Instant.ofEpochSecond(1_700_000_000);
		Duration tolerance = Duration.ofMinutes(5);

		assertThat(WebhookSignature.fresh("1700000000", now, tolerance)).isTrue();
		assertThat(WebhookSignature.fresh("1699999700", now, tolerance)).isTrue();
		assertThat(WebhookSignature.fresh("1699999699", now, tolerance)).isFalse();
		assertThat(WebhookSignature.fresh("1700000301", now, tolerance)).isFalse();
		assertThat(WebhookSignature.fresh("yesterday", now, tolerance)).isFalse();
		assertThat(WebhookSignature.fresh(null, now, tolerance)).isFalse();
	}

}
