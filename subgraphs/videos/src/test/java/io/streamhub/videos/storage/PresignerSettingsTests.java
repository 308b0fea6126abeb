package io.streamhub.videos.storage;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The S3-compatible test store does not check signatures or expiry, so the signed
 * settings are checked here: lifetime, and that type and size are part of the signature
 * (a client cannot upload something else with the URL).
 */
class PresignerSettingsTests {

	private final S3Presigner presigner = S3Presigner.builder()
		.region(Region.US_EAST_1)
		.endpointOverride(URI.create("http://127.0.0.1:9000"))
		.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
		.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
		.build();

	private final DefaultMediaStorage storage = new DefaultMediaStorage(null, this.presigner, "streamhub-media");

	@AfterEach
	void close() {
		this.presigner.close();
	}

	@Test
	void uploadUrlsExpireAfterAnHourAndSignTypeAndSize() {
		PresignedUpload upload = this.storage.presignUpload("uploads/x/source", "video/mp4", 1234, Duration.ofHours(1));

		assertThat(upload.url()).startsWith("http://127.0.0.1:9000/streamhub-media/uploads/x/source?")
			.contains("X-Amz-Expires=3600")
			.containsPattern("X-Amz-SignedHeaders=[^&]*content-length")
			.containsPattern("X-Amz-SignedHeaders=[^&]*content-type");
		assertThat(upload.headers()).containsEntry("content-type", "video/mp4").doesNotContainKeys("host");
		assertThat(upload.expiresAt()).isCloseTo(Instant.now().plus(Duration.ofHours(1)),
				within(Duration.ofMinutes(1)));
	}

	@Test
	void downloadUrlsAreSignedForTheirLifetime() {
		String url = this.storage.presignDownload("videos/x/master.m3u8", Duration.ofMinutes(30));

		assertThat(url).contains("/streamhub-media/videos/x/master.m3u8?")
			.contains("X-Amz-Expires=1800")
			.contains("X-Amz-Signature=");
	}

}
