package io.streamhub.videos.cleanup;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@VideosIntegrationTest
class CleanupJobTests {

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	S3Client s3;

	@Autowired
	CleanupJob job;

	@Test
	void deletedVideosLoseTheirStoredFilesAndOthersKeepTheirs() {
		UUID owner = UUID.randomUUID();
		String deleted = this.videos.ready(owner, "PUBLIC").toString();
		String kept = this.videos.ready(owner, "PUBLIC").toString();
		for (String id : new String[] { deleted, kept }) {
			put("uploads/" + id + "/source");
			put("videos/" + id + "/master.m3u8");
			put("videos/" + id + "/360p/index.m3u8");
		}
		GraphQlClient.of(this.web)
			.withToken(TestVideos.token(owner, Role.CREATOR))
			.execute("mutation($id: ID!) { deleteVideo(id: $id) }", Map.of("id", deleted))
			.assertNoErrors();

		Integer purged = this.job.purge().block(Duration.ofSeconds(60));

		assertThat(purged).isPositive();
		assertThat(count("uploads/" + deleted + "/") + count("videos/" + deleted + "/")).isZero();
		assertThat(count("videos/" + kept + "/")).isEqualTo(2);
		assertThat(this.job.purge().block(Duration.ofSeconds(60))).as("nothing left to purge").isZero();
	}

	private void put(String key) {
		this.s3.putObject((request) -> request.bucket("streamhub-media").key(key), RequestBody.fromString("x"));
	}

	private int count(String prefix) {
		return this.s3.listObjectsV2(ListObjectsV2Request.builder().bucket("streamhub-media").prefix(prefix).build())
			.contents()
			.size();
	}

}
